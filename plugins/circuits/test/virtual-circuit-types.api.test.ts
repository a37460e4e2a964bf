/** The full REST contract of /api/circuits/virtual-circuit-types/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { VC_TYPES, circuitsApp, worldWithSpares, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: VC_TYPES,
  model: 'circuits.virtualcircuittype',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'virtual_circuit_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'virtual_circuit_count'],
  setup: worldWithSpares(VC_TYPES, () => [{ name: 'S1', slug: 's1' }, { name: 'S2', slug: 's2' }, { name: 'S3', slug: 's3' }]),
  createData: [
    { name: 'EVP-LAN', slug: 'evp-lan', color: '00ff00' },
    { name: 'L3VPN', slug: 'l3vpn', description: 'routed' },
    { name: 'Pseudowire', slug: 'pseudowire' },
  ],
  updateData: { name: 'Reserve', color: 'aabbcc', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'EVPL', slug: 'evpl-2' },
  filters: {
    'name=EVPL': 1,
    'slug=vpls': 1,
    'color=0000ff': 1,
    'description__ic=ethernet': 1,
    'q=vpls': 1,
  },
});
