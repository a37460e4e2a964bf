/** The full REST contract of /api/circuits/provider-networks/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { NETWORKS, circuitsApp, worldWithSpares, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: NETWORKS,
  model: 'circuits.providernetwork',
  fields: [
    'id', 'url', 'display_url', 'display', 'provider', 'name', 'service_id', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: worldWithSpares(NETWORKS, (w) => [
    { provider: w.providers[0], name: 'Spare 1' }, { provider: w.providers[0], name: 'Spare 2' }, { provider: w.providers[2], name: 'Spare 3' },
  ]),
  createData: (w) => [
    { provider: w.providers[0], name: 'Cogent IP', service_id: 'C-1' },
    { provider: w.providers[1], name: 'Level3 VPN', description: 'vpn' },
    { provider: w.providers[2], name: 'MPLS Core', comments: 'same name, other provider' },
  ],
  updateData: { name: 'Renamed net', service_id: 'SVC-2', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (w) => ({ provider: w.providers[1], name: 'MPLS Core' }),
  filters: (w) => ({
    'name=MPLS Core': 1,
    'service_id=Z-9': 1,
    'service_id__empty=false': 2,
    'description__ic=mpls': 1,
    [`provider_id=${w.providers[1]}`]: 2,
    'provider=zayo': 2,
    'q=svc-1': 1,
  }),
});
