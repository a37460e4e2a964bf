/**
 * In-transaction hooks of the content area: an image attachment's file is removed once its
 * deletion commits, and deleting an object that takes images deletes its attachments (NetBox's
 * GenericRelation cascade) and their files.
 */
import { featuresOf, type PluginContext } from '@patchbay/core';
import { ImageAttachment } from './models/image-attachment.js';
import { contentSettings } from './services/settings.js';
import { removeAfterCommit } from './services/image-files.js';

/** Subscribes the hooks (called from the area's setup). */
export function connectContentSignals(ctx: PluginContext): void {
  const { mediaRoot } = contentSettings(ctx.registry);
  ctx.signals.on('post_delete', ({ row, trx }) => {
    removeAfterCommit(trx, mediaRoot, [String(row.image)]);
  }, { model: ImageAttachment.label });
  ctx.signals.on('post_delete', async ({ model, row, trx }) => {
    if (!featuresOf(model).has('image_attachments')) return;
    const gone: { image: string }[] = await trx(ImageAttachment.tableName)
      .where({ object_type: model.label, object_id: row.id as number }).delete().returning('image');
    removeAfterCommit(trx, mediaRoot, gone.map((g) => g.image));
  });
}
