/** The full REST contract of /api/dcim/cable-terminations/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CABLES, TERMINATIONS, cableWorld, dcimApp, iface, make, type CableFixtures } from './fixtures.js';

interface Fx extends CableFixtures { cables: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: TERMINATIONS,
  model: 'dcim.cabletermination',
  fields: ['id', 'url', 'display', 'cable', 'cable_end', 'termination_type', 'termination_id', 'termination', 'created', 'last_updated'],
  briefFields: ['id', 'url', 'display', 'cable', 'cable_end', 'termination_type', 'termination_id'],
  setup: async (app) => {
    const fx = await cableWorld(app);
    const [i1, i2, i3] = fx.ifaces as [number[], number[], number[]];
    const cables = [
      (await make(app.api, CABLES, { a_terminations: iface(i1[0]!), b_terminations: iface(i2[0]!) })).id,
      (await make(app.api, CABLES, { a_terminations: iface(i1[1]!), b_terminations: iface(i3[0]!) })).id,
      // One termination type only: a page then costs what one row does (each type is its own brief query).
      (await make(app.api, CABLES, { a_terminations: iface(i2[1]!), b_terminations: iface(i3[1]!) })).id,
    ];
    return { ...fx, cables };
  },
  createData: (fx) => [
    { cable: fx.cables[0], cable_end: 'A', termination_type: 'dcim.interface', termination_id: fx.ifaces[0]![3] },
    { cable: fx.cables[1], cable_end: 'B', termination_type: 'dcim.interface', termination_id: fx.ifaces[2]![3] },
    { cable: fx.cables[0], cable_end: 'B', termination_type: 'dcim.interface', termination_id: fx.ifaces[1]![3] },
  ],
  updateData: { cable_end: 'B' },
  bulkUpdateData: { cable_end: 'A' },
  invalidData: { cable_end: 'C', termination_type: 'dcim.interface' },
  filters: (fx) => ({
    [`cable=${fx.cables[0]}`]: 2,
    [`cable=${fx.cables[0]}&cable=${fx.cables[2]}`]: 4,
    [`cable__n=${fx.cables[0]}`]: 4,
    'cable_end=A': 3,
    'termination_type=dcim.interface': 6,
    'termination_type__n=dcim.interface': 0,
    'termination_type=dcim.consoleport': 0,
    [`termination_id=${fx.ifaces[0]![0]}`]: 1,
    [`termination_id__gte=${fx.ifaces[0]![0]}`]: 6,
  }),
});
