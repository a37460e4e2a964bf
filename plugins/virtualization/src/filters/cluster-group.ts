import { defineFilterSet } from '@patchbay/core';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { ClusterGroup } from '../models/cluster-group.js';

/** NetBox's ClusterGroupFilterSet (with contacts). */
export const clusterGroupFilterSet = defineFilterSet(ClusterGroup, {
  fields: { name: 'text', slug: 'text', description: 'text', ...contactFilters('virtualization.clustergroup') },
  search: ['name', 'slug', 'description'],
});
