import { defineFilterSet, relation } from '@patchbay/core';
import { Tenant } from '../models/tenant.js';
import { TenantGroup } from '../models/tenant-group.js';
import { contactFilters } from './contact-filters.js';

/** NetBox's TenantFilterSet: `group` / `group_id` match the group's whole subtree; contact filters. */
export const tenantFilterSet = defineFilterSet(Tenant, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    group: relation(() => TenantGroup, { tree: true }),
    ...contactFilters(Tenant.label),
  },
  search: ['name', 'slug', 'description', 'comments'],
});
