import { defineSerializer } from '@patchbay/core';
import { CustomLink } from '../models/custom-link.js';

/** Custom links in NetBox 4.2's key order (CustomLinkSerializer). */
export const customLinkSerializer = defineSerializer(CustomLink, {
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'name', 'enabled', 'link_text', 'link_url', 'weight',
    'group_name', 'button_class', 'new_window', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name'],
});
