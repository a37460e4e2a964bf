/** The full REST contract of /api/virtualization/cluster-types/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CLUSTER_TYPES, make, virtualizationApp } from './fixtures.js';

describeApiViewSet({
  ...virtualizationApp,
  path: CLUSTER_TYPES,
  model: 'virtualization.clustertype',
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'cluster_count'],
  setup: async (app) => {
    for (const i of [1, 2, 3]) await make(app.api, CLUSTER_TYPES, { name: `Cluster Type ${i}`, slug: `cluster-type-${i}`, description: i === 3 ? 'hyper' : '' });
  },
  createData: [
    { name: 'Cluster Type 4', slug: 'cluster-type-4' },
    { name: 'Cluster Type 5', slug: 'cluster-type-5' },
    { name: 'Cluster Type 6', slug: 'cluster-type-6', description: 'six' },
  ],
  updateData: { name: 'Renamed', description: 'changed' },
  bulkUpdateData: { description: 'bulk' },
  invalidData: { name: 'No slug' },
  filters: {
    'name=Cluster Type 1': 1,
    'slug=cluster-type-2&slug=cluster-type-3': 2,
    'description=hyper': 1,
    'q=type 1': 1,
  },
});
