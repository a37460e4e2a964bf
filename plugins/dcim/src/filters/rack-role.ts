import { defineFilterSet } from '@patchbay/core';
import { RackRole } from '../models/rack-role.js';

/** NetBox's RackRoleFilterSet: name, slug, colour and description with every text lookup. */
export const rackRoleFilterSet = defineFilterSet(RackRole, {
  fields: { name: 'text', slug: 'text', color: 'text', description: 'text' },
  search: ['name', 'slug', 'description'],
});
