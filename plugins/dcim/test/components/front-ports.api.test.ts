/** The full REST contract of /api/dcim/front-ports/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { rears: number[]; ports: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('front-ports'),
  model: 'dcim.frontport',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'rear_port', 'rear_port_position',
    'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const b = await base(app);
    const rears = await makeAll(app, 'rear-ports', [
      { device: b.devices[0], name: 'Rear 1', type: 'lc', positions: 4 },
      { device: b.devices[1], name: 'Rear 1', type: '8p8c', positions: 1 },
      { device: b.devices[2], name: 'Rear 1', type: 'lc', positions: 8 },
    ]);
    const ports = await makeAll(app, 'front-ports', [
      { device: b.devices[0], name: 'Front 1', type: 'lc', rear_port: rears[0], rear_port_position: 1 },
      { device: b.devices[1], name: 'Front 1', type: '8p8c', rear_port: rears[1] },
      { device: b.devices[2], name: 'Front 1', type: 'lc', rear_port: rears[2], rear_port_position: 2 },
    ]);
    return { ...b, rears, ports };
  },
  createData: (fx) => [
    { device: fx.devices[0], name: 'Front 3', type: 'lc', rear_port: fx.rears[0], rear_port_position: 3 },
    { device: fx.devices[2], name: 'Front 3', type: 'lc', rear_port: fx.rears[2], rear_port_position: 8 },
    { device: fx.devices[2], name: 'Front 2', type: 'lc', rear_port: fx.rears[2] },
  ],
  updateData: { label: 'F', color: 'abcdef', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  // Position 5 of a 4-position rear port.
  invalidData: (fx) => ({ device: fx.devices[0], name: 'Front 9', type: 'lc', rear_port: fx.rears[0], rear_port_position: 5 }),
  filters: (fx) => ({
    [`rear_port_id=${fx.rears[0]}`]: 1,
    'rear_port_position=1': 2,
    'rear_port_position__gte=2': 1,
    'type=lc': 2,
    'device=dev-2': 1,
  }),
});
