import { defineFilterSet } from '@patchbay/core';
import { DeviceRole } from '../models/device-role.js';

/** Device roles filter by name, slug, colour, VM role and description. */
export const deviceRoleFilterSet = defineFilterSet(DeviceRole, {
  fields: { name: 'text', slug: 'text', color: 'text', vm_role: 'boolean', description: 'text' },
  search: ['name', 'slug', 'description'],
});
