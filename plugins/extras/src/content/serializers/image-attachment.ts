import { defineSerializer } from '@patchbay/core';
import { ImageAttachment } from '../models/image-attachment.js';

/** Image attachments in NetBox 4.2's key order (ImageAttachmentSerializer, which shows no display_url). */
export const imageAttachmentSerializer = defineSerializer(ImageAttachment, {
  fields: [
    'id', 'url', 'display', 'object_type', 'object_id', 'parent', 'name', 'image', 'image_height', 'image_width',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'image'],
});
