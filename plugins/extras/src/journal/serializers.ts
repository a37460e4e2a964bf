/** Journal entries and bookmarks in NetBox 4.2's key order. */
import { defineSerializer } from '@patchbay/core';
import { JournalEntry } from './journal-entry.js';
import { Bookmark } from './bookmark.js';

export const journalEntrySerializer = defineSerializer(JournalEntry, {
  fields: [
    'id', 'url', 'display_url', 'display', 'assigned_object_type', 'assigned_object_id', 'assigned_object', 'created', 'created_by',
    'kind', 'comments', 'tags', 'custom_fields', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'created'],
});

export const bookmarkSerializer = defineSerializer(Bookmark, {
  fields: ['id', 'url', 'display', 'object_type', 'object_id', 'object', 'user', 'created'],
  brief: ['id', 'url', 'display', 'object_id', 'object_type'],
});
