/**
 * `POST /api/extras/image-attachments/` as multipart/form-data (`object_type`, `object_id`,
 * `name`, `image`), as NetBox takes uploads — or as JSON (one object or a list) with `image` as a
 * base64 data URI. Mounted before the generic endpoint, so it answers every create. Files are
 * checked (an image of an accepted type, at most `maxImageSize` bytes) and stored, then the rows
 * are created through core's create operation (permissions, validation, change log, events); if
 * the create fails its files are removed again.
 */
import { PatchbayError, ValidationError, createObjects, defineRoute } from '@patchbay/core';
import { contentSettings } from '../services/settings.js';
import { removeFile } from '../services/image-files.js';
import { fromJson, parseMultipart, requireParsed, stageUploads, uploadRequestSchema, type Upload } from '../services/image-uploads.js';

/** The uploads of a create request and whether it was a single object. */
export async function readUploads(req: { headers: Record<string, string | string[] | undefined>; body: unknown; raw?: import('node:http').IncomingMessage }, maxBytes: number): Promise<{ uploads: Upload[]; single: boolean }> {
  const type = String(req.headers['content-type'] ?? '');
  if (type.startsWith('multipart/form-data')) return { uploads: [await parseMultipart(req.raw!, maxBytes)], single: true };
  if (!/^application\/(.+\+)?json/.test(type)) throw new PatchbayError('PB_API_UNSUPPORTED_MEDIA_TYPE', 415, { detail: `Unsupported media type "${type}" in request.` });
  const single = !Array.isArray(req.body);
  const items = single ? [req.body] : (req.body as unknown[]);
  if (!items.length) throw new ValidationError({ non_field_errors: ['Expected a non-empty list of objects.'] });
  return { uploads: requireParsed(items.map(fromJson), single), single };
}

export const imageUploadRoute = defineRoute({
  method: 'POST',
  path: '/image-attachments/',
  permission: { model: 'extras.imageattachment', action: 'add' },
  summary: 'Create image attachments: multipart/form-data (object_type, object_id, name, image), or JSON with `image` as a base64 data URI.',
  operationId: 'extras_image_attachments_create',
  schema: { request: uploadRequestSchema('WritableImageAttachmentRequest', true), response: { $ref: '#/components/schemas/ImageAttachment' }, status: 201 },
  async handler(req) {
    const c = req.scope.cradle;
    const { uploads, single } = await readUploads(req, contentSettings(c.registry).maxImageSize);
    const { bodies, stored, mediaRoot } = await stageUploads(c.registry, uploads, single, true);
    try {
      const created = await createObjects(c, c.registry.resourceFor('extras.imageattachment')!, bodies);
      return { status: 201, body: single ? created[0] : created };
    } catch (err) {
      await Promise.all(stored.map((rel) => removeFile(mediaRoot, rel)));
      throw err;
    }
  },
});
