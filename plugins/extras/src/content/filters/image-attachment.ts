import { defineFilterSet } from '@patchbay/core';
import { ImageAttachment } from '../models/image-attachment.js';
import { objectTypeColumnFilters } from '../object-types.js';

/** ImageAttachmentFilterSet: `q` searches the name. */
export const imageAttachmentFilterSet = defineFilterSet(ImageAttachment, {
  fields: {
    ...objectTypeColumnFilters('object_type'),
    object_id: 'number',
    name: 'text',
    image_width: 'number',
    image_height: 'number',
  },
  search: ['name'],
});
