/** The full REST contract of /api/virtualization/cluster-groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CLUSTER_GROUPS, make, virtualizationApp } from './fixtures.js';

describeApiViewSet({
  ...virtualizationApp,
  path: CLUSTER_GROUPS,
  model: 'virtualization.clustergroup',
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'cluster_count'],
  setup: async (app) => {
    for (const i of [1, 2, 3]) await make(app.api, CLUSTER_GROUPS, { name: `Cluster Group ${i}`, slug: `cluster-group-${i}`, description: i === 3 ? 'lab' : '' });
  },
  createData: [
    { name: 'Cluster Group 4', slug: 'cluster-group-4' },
    { name: 'Cluster Group 5', slug: 'cluster-group-5' },
    { name: 'Cluster Group 6', slug: 'cluster-group-6', description: 'six' },
  ],
  updateData: { name: 'Renamed', description: 'changed' },
  bulkUpdateData: { description: 'bulk' },
  invalidData: { name: 'No slug' },
  filters: {
    'name=Cluster Group 1': 1,
    'slug=cluster-group-2&slug=cluster-group-3': 2,
    'description=lab': 1,
    'q=group 2': 1,
  },
});
