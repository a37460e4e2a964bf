import { defineFilterSet } from '@patchbay/core';
import { ClusterType } from '../models/cluster-type.js';

/** NetBox's ClusterTypeFilterSet. */
export const clusterTypeFilterSet = defineFilterSet(ClusterType, {
  fields: { name: 'text', slug: 'text', description: 'text' },
  search: ['name', 'slug', 'description'],
});
