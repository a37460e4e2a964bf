import { defineSerializer } from '@patchbay/core';
import { Contact } from '../models/contact.js';

/** Contacts in NetBox 4.2's key order (4.2: a single `group`). */
export const contactSerializer = defineSerializer(Contact, {
  fields: [
    'id', 'url', 'display_url', 'display', 'group', 'name', 'title', 'phone', 'email', 'address', 'link',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
