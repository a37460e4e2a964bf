import { defineFilterSet } from '@patchbay/core';
import { Role } from '../models/role.js';

/** NetBox's RoleFilterSet. */
export const roleFilterSet = defineFilterSet(Role, {
  fields: { name: 'text', slug: 'text', description: 'text', weight: 'number' },
  search: ['name', 'slug', 'description'],
});
