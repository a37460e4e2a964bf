/**
 * `GET /media/image-attachments/<file>`: serves uploaded images from mediaRoot, where NetBox's
 * image URLs point. Like NetBox (media behind LoginRequiredMiddleware), anonymous clients get them
 * only when LOGIN_REQUIRED is off.
 */
import fs from 'node:fs/promises';
import { defineRoute, notFound } from '@patchbay/core';
import { contentSettings } from '../services/settings.js';
import { IMAGE_DIR, contentTypeOf, resolveStored } from '../services/image-files.js';

export const mediaRoute = defineRoute({
  method: 'GET',
  path: `/media/${IMAGE_DIR}/:file`,
  root: true,
  async handler(req) {
    const { mediaRoot } = contentSettings(req.scope.cradle.registry);
    const file = resolveStored(mediaRoot, `${IMAGE_DIR}/${req.params.file ?? ''}`);
    if (!file) throw notFound();
    const data = await fs.readFile(file).catch(() => null);
    if (!data) throw notFound();
    return { body: data, type: contentTypeOf(file), headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'" } };
  },
});
