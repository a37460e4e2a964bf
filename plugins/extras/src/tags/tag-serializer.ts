/** Tags in NetBox 4.2's key order (TagSerializer), with the count of tagged items. */
import { defineSerializer, field } from '@patchbay/core';
import { Tag } from './tag.js';
import { TaggedItem } from './tagged-item.js';

export const tagSerializer = defineSerializer(Tag, {
  fields: ['id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'object_types', 'tagged_items', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'color', 'description', 'name', 'slug'],
  extraFields: { tagged_items: field.count(() => TaggedItem, 'tag_id') },
});
