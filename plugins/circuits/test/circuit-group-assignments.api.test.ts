/** The full REST contract of /api/circuits/circuit-group-assignments/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { ASSIGNMENTS, circuitsApp, world, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: ASSIGNMENTS,
  model: 'circuits.circuitgroupassignment',
  fields: ['id', 'url', 'display_url', 'display', 'group', 'member_type', 'member_id', 'member', 'priority', 'tags', 'created', 'last_updated'],
  briefFields: ['id', 'url', 'display', 'group', 'member_type', 'member_id', 'member', 'priority'],
  setup: (app) => world(app, { uniform: true }),
  createData: (w) => [
    { group: w.groups[2], member_type: 'circuits.circuit', member_id: w.circuits[2], priority: 'inactive' },
    { group: w.groups[1], member_type: 'circuits.circuit', member_id: w.circuits[1] },
    { group: w.groups[0], member_type: 'circuits.virtualcircuit', member_id: w.virtualCircuits[2], priority: 'primary' },
  ],
  updateData: (w) => ({ group: w.groups[2], priority: 'tertiary' }),
  bulkUpdateData: { priority: 'inactive' },
  invalidData: (w) => ({ group: w.groups[0], member_type: 'circuits.circuit', member_id: w.circuits[0] }),
  filters: (w) => ({
    'member_type=circuits.circuit': 4,
    'member_type=circuits.virtualcircuit': 0,
    [`member_type=circuits.circuit&member_id=${w.circuits[0]}`]: 2,
    'priority=primary&priority=secondary': 2,
    [`group_id=${w.groups[0]}`]: 2,
    'group=access': 2,
    [`circuit_id=${w.circuits[0]}`]: 2,
    'circuit=CID-200': 1,
    'circuit__n=CID-200': 3,
    [`provider_id=${w.providers[1]}`]: 3,
    'provider=zayo': 1,
    'q=CID-100': 2,
    'q=backbone': 2,
  }),
});
