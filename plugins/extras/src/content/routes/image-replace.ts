/**
 * `PUT`/`PATCH /api/extras/image-attachments/{id}/` taking, besides JSON, multipart/form-data
 * with a new `image` (as NetBox does), or a JSON `image` data URI: the new file replaces the old
 * one, which is removed once the update commits. Without a new file it is the generic update
 * (ETag, If-Match, change log). Mounted before the generic endpoint, so it answers both methods.
 */
import { ValidationError, defineRoute, fetchRow, notFound, updateObjects, type RouteDefinition } from '@patchbay/core';
import { contentSettings } from '../services/settings.js';
import { removeFile } from '../services/image-files.js';
import { stageUploads, uploadRequestSchema } from '../services/image-uploads.js';
import { readUploads } from './image-upload.js';

/** One of the two detail write routes. */
function replaceRoute(method: 'PUT' | 'PATCH'): RouteDefinition {
  return defineRoute({
    method,
    path: '/image-attachments/:id/',
    summary: `${method === 'PUT' ? 'Replace' : 'Patch'} an image attachment; a new image may come as multipart/form-data or a JSON data URI.`,
    operationId: method === 'PUT' ? 'extras_image_attachments_update' : 'extras_image_attachments_partial_update',
    schema: {
      request: uploadRequestSchema(method === 'PUT' ? 'WritableImageAttachmentRequest' : 'PatchedImageAttachmentRequest', false),
      response: { $ref: '#/components/schemas/ImageAttachment' },
    },
    async handler(req) {
      const c = req.scope.cradle;
      const resource = c.registry.resourceFor('extras.imageattachment')!;
      if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw notFound();
      const id = Number(req.params.id);
      const { uploads, single } = await readUploads(req, contentSettings(c.registry).maxImageSize);
      if (!single) throw new ValidationError({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
      const prev = uploads[0]!.file ? await fetchRow(c, resource, id, 'change') : null;
      const { bodies, stored, mediaRoot } = await stageUploads(c.registry, uploads, true, false, [prev]);
      const ifMatch = typeof req.headers['if-match'] === 'string' ? req.headers['if-match'] : undefined;
      try {
        const [json] = await updateObjects(c, resource, [{ id, body: bodies[0]! }], method === 'PATCH', { ifMatch });
        const headers: Record<string, string> = json!.last_updated ? { ETag: `W/"${new Date(String(json!.last_updated)).toISOString()}"` } : {};
        return { body: json, headers };
      } catch (err) {
        await Promise.all(stored.map((rel) => removeFile(mediaRoot, rel)));
        throw err;
      }
    },
  });
}

export const imageReplaceRoutes = [replaceRoute('PUT'), replaceRoute('PATCH')];
