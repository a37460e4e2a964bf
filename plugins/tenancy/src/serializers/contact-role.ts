import { defineSerializer } from '@patchbay/core';
import { ContactRole } from '../models/contact-role.js';

/** Contact roles in NetBox 4.2's key order (4.2 shows no comments on roles). */
export const contactRoleSerializer = defineSerializer(ContactRole, {
  fields: ['id', 'url', 'display_url', 'display', 'name', 'slug', 'description', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description'],
});
