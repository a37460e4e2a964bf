/** The full REST contract of /api/dcim/rear-ports/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { ports: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('rear-ports'),
  model: 'dcim.rearport',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'positions',
    'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const b = await base(app);
    const ports = await makeAll(app, 'rear-ports', [
      { device: b.devices[0], name: 'Rear 1', type: 'lc', positions: 12 },
      { device: b.devices[2], name: 'Rear 2', type: 'lc', positions: 12, color: 'aa00aa' },
      { device: b.devices[1], name: 'Rear 1', type: '8p8c' },
    ]);
    return { ...b, ports };
  },
  createData: (fx) => [
    { device: fx.devices[2], name: 'Rear 3', type: 'lc', positions: 1024 },
    { device: fx.devices[2], name: 'Rear 4', type: 'sc' },
    { device: fx.devices[1], name: 'Rear 2', type: '8p8c', positions: 2 },
  ],
  updateData: { positions: 24, color: '112233' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device: fx.devices[0], name: 'Rear 9', type: 'lc', positions: 1025 }),
  filters: (fx) => ({
    'type=lc': 2,
    'positions=12': 2,
    'positions__lt=12': 1,
    'color=aa00aa': 1,
    [`device_id=${fx.devices[0]}`]: 1,
  }),
});
