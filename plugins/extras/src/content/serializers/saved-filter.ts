import { defineSerializer } from '@patchbay/core';
import { SavedFilter } from '../models/saved-filter.js';

/** Saved filters in NetBox 4.2's key order (SavedFilterSerializer); `user` is the owner's id. */
export const savedFilterSerializer = defineSerializer(SavedFilter, {
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'name', 'slug', 'description', 'user', 'weight',
    'enabled', 'shared', 'parameters', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description'],
});
