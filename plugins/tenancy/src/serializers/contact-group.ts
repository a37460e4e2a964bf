import { defineSerializer, field } from '@patchbay/core';
import { ContactGroup } from '../models/contact-group.js';
import { Contact } from '../models/contact.js';

/** Contact groups in NetBox 4.2's key order; `contact_count` covers the whole subtree, as NetBox's. */
export const contactGroupSerializer = defineSerializer(ContactGroup, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'contact_count', '_depth',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'contact_count', '_depth'],
  extraFields: { contact_count: field.count(() => Contact, 'group_id', { cumulative: true }) },
});
