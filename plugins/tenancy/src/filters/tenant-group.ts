import { defineFilterSet, relation } from '@patchbay/core';
import { TenantGroup } from '../models/tenant-group.js';

/** NetBox's TenantGroupFilterSet: `parent` is the direct parent, `ancestor` any node above. */
export const tenantGroupFilterSet = defineFilterSet(TenantGroup, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    parent: relation(() => TenantGroup),
    ancestor: relation(() => TenantGroup, { column: 'parent_id', tree: true }),
  },
  search: ['name', 'slug', 'description'],
});
