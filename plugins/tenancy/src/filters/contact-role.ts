import { defineFilterSet } from '@patchbay/core';
import { ContactRole } from '../models/contact-role.js';

/** NetBox's ContactRoleFilterSet. */
export const contactRoleFilterSet = defineFilterSet(ContactRole, {
  fields: { name: 'text', slug: 'text', description: 'text' },
  search: ['name', 'slug', 'description'],
});
