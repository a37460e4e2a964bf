/**
 * An image attached to an object (NetBox's ImageAttachment). The file lives on disk under the
 * plugin's `mediaRoot` (`image-attachments/<model>_<id>_<name>`, NetBox's upload_to) and is served
 * at `/media/<path>`; uploads go through ../routes/image-upload.ts.
 */
import { ChangeLoggedModel, ValidationError, featuresOf, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';

export class ImageAttachment extends ChangeLoggedModel {
  static override tableName = 'extras_imageattachment';
  static override label = 'extras.imageattachment';
  static override verboseName = 'image attachment';
  static override verboseNamePlural = 'image attachments';
  static override features: ModelFeature[] = [];
  // name may be non-unique
  static override ordering = ['name', 'id'];
  static override fields: FieldMap = {
    object_type: field.genericType({ required: true }),
    object_id: field.genericId({ required: true, max: Number.MAX_SAFE_INTEGER }),
    // Deleted by extras' post_delete signal when the object (with `image_attachments`) is deleted itself.
    parent: field.generic('object_type', 'object_id', { onDelete: 'cascade', cascadeFrom: (m) => featuresOf(m).has('image_attachments') && 'direct' }),
    name: field.string({ maxLength: 50, default: '' }),
    // The column holds the path below mediaRoot; the API shows its absolute URL.
    image: field.loaded(
      async (ctx, rows) => new Map(rows.map((r) => [Number(r.id), r.image ? `${ctx.baseUrl}/media/${String(r.image)}` : null])),
      { schema: { type: 'string', format: 'uri' } },
    ),
    image_height: field.integer({ readOnly: true }),
    image_width: field.integer({ readOnly: true }),
  };

  /** NetBox's __str__: the name, else the uploaded file's own name. */
  static override displayOf(row: Record<string, unknown>): string {
    if (row.name) return String(row.name);
    const file = String(row.image ?? '').split('/').pop() ?? '';
    return file.split('_').slice(2).join('_') || file;
  }

  /** NetBox's clean(): only models with the image_attachments feature take images. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    const type = String(row.object_type ?? '');
    const model = ctx.request.registry.models.get(type);
    if (model && !featuresOf(model).has('image_attachments'))
      throw ValidationError.nonField(`Image attachments cannot be assigned to this object type (${type}).`);
  }
}
