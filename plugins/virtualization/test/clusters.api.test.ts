/** The full REST contract of /api/virtualization/clusters/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CLUSTERS, clusterFixtures, virtualizationApp, type ClusterFixtures } from './fixtures.js';

describeApiViewSet<ClusterFixtures>({
  ...virtualizationApp,
  path: CLUSTERS,
  model: 'virtualization.cluster',
  briefFields: ['id', 'url', 'display', 'name', 'description', 'virtualmachine_count'],
  setup: clusterFixtures,
  createData: (fx) => [
    { name: 'cluster-4', type: fx.types[0], status: 'active' },
    { name: 'cluster-5', type: fx.types[1], group: fx.groups[2], scope_type: 'dcim.location', scope_id: fx.location },
    { name: 'cluster-6', type: fx.types[2], tenant: fx.tenant, scope_type: 'dcim.site', scope_id: fx.sites[1], comments: 'new' },
  ],
  updateData: (fx) => ({ description: 'updated', status: 'staging', group: fx.groups[2] }),
  bulkUpdateData: { description: 'bulk edited', status: 'decommissioning' },
  invalidData: (fx) => ({ name: 'bad', type: fx.types[0], status: 'nonsense' }),
  filters: (fx) => ({
    'name=cluster-1': 1,
    'name__ic=CLUSTER': 3,
    'status=planned': 1,
    'status__n=planned': 2,
    [`type_id=${fx.types[0]}`]: 1,
    'type=ct-2&type=ct-3': 2,
    [`group_id=${fx.groups[0]}`]: 1,
    'group=cg-2': 1,
    [`tenant_id=${fx.tenant}`]: 1,
    'tenant=tenant-1': 1,
    'scope_type=dcim.site': 2,
    [`scope_id=${fx.sites[1]}`]: 1,
    [`site_id=${fx.sites[0]}`]: 1,
    'site=site-1': 1,
    'region=r-1': 1,
    [`region_id=${fx.region}`]: 1,
    [`site_id=${fx.sites[0]}&site_id=${fx.sites[1]}`]: 2,
    'description=edge pool': 1,
    'q=edge': 1,
  }),
});
