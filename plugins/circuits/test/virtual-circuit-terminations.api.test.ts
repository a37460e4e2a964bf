/** The full REST contract of /api/circuits/virtual-circuit-terminations/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { VC_TERMINATIONS, circuitsApp, world, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: VC_TERMINATIONS,
  model: 'circuits.virtualcircuittermination',
  fields: [
    'id', 'url', 'display_url', 'display', 'virtual_circuit', 'role', 'interface', 'description', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'virtual_circuit', 'role', 'interface', 'description'],
  setup: world,
  createData: (w) => [
    { virtual_circuit: w.virtualCircuits[0], role: 'spoke', interface: w.virtualInterfaces[3] },
    { virtual_circuit: w.virtualCircuits[1], interface: w.virtualInterfaces[4], description: 'second peer' },
    { virtual_circuit: w.virtualCircuits[2], role: 'hub', interface: w.virtualInterfaces[5] },
  ],
  updateData: (w) => ({ virtual_circuit: w.virtualCircuits[2], role: 'peer', description: 'updated' }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (w) => ({ virtual_circuit: w.virtualCircuits[0], role: 'hub', interface: w.virtualInterfaces[0] }),
  filters: (w) => ({
    'role=hub': 1,
    'role=peer&role=spoke': 2,
    [`virtual_circuit_id=${w.virtualCircuits[0]}`]: 2,
    [`interface_id=${w.virtualInterfaces[2]}`]: 1,
    [`provider_id=${w.providers[1]}`]: 3,
    'provider=zayo': 0,
    [`provider_account_id=${w.accounts[1]}`]: 2,
    'provider_account=ACC-1001': 2,
    [`provider_network_id=${w.networks[1]}`]: 3,
    'description=hub end': 1,
    'q=VC-2': 1,
    'q=hub end': 1,
  }),
});
