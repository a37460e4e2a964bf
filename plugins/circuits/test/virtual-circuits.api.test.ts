/** The full REST contract of /api/circuits/virtual-circuits/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { VIRTUAL_CIRCUITS, circuitsApp, world, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: VIRTUAL_CIRCUITS,
  model: 'circuits.virtualcircuit',
  fields: [
    'id', 'url', 'display_url', 'display', 'cid', 'provider_network', 'provider_account', 'type', 'status', 'tenant',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'cid', 'provider_network', 'description'],
  setup: world,
  createData: (w) => [
    { cid: 'VC-10', provider_network: w.networks[0], type: w.vcTypes[0], status: 'provisioning' },
    { cid: 'VC-1', provider_network: w.networks[2], provider_account: w.accounts[2], type: w.vcTypes[2], tenant: w.tenants[1] },
    { cid: 'VC-12', provider_network: w.networks[1], provider_account: w.accounts[0], type: w.vcTypes[1], description: 'third', comments: 'notes' },
  ],
  updateData: (w) => ({ cid: 'VC-1B', status: 'deprovisioning', tenant: w.tenants[1], description: 'updated' }),
  bulkUpdateData: { status: 'decommissioned', description: 'bulk edited' },
  invalidData: (w) => ({ cid: 'VC-1', provider_network: w.networks[1], type: w.vcTypes[1] }),
  filters: (w) => ({
    'cid=VC-1': 1,
    'status=active&status=planned': 2,
    [`provider_network_id=${w.networks[1]}`]: 2,
    [`provider_id=${w.providers[2]}`]: 1,
    'provider=level3': 2,
    [`provider_account_id=${w.accounts[1]}`]: 1,
    'provider_account=ACC-2001': 1,
    [`type_id=${w.vcTypes[1]}`]: 2,
    'type=vpls': 1,
    [`tenant_id=${w.tenants[0]}`]: 1,
    'tenant_group=carriers': 1,
    'description__ic=spoke': 1,
    'q=hub': 1,
  }),
});
