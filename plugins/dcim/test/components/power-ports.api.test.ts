/** The full REST contract of /api/dcim/power-ports/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { ports: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('power-ports'),
  model: 'dcim.powerport',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'maximum_draw', 'allocated_draw',
    'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const b = await base(app);
    const ports = await makeAll(app, 'power-ports', [
      { device: b.devices[0], name: 'PSU1', type: 'iec-60320-c14', maximum_draw: 500, allocated_draw: 300 },
      { device: b.devices[2], name: 'PSU2', type: 'iec-60320-c14', maximum_draw: 500 },
      { device: b.devices[1], name: 'PSU1', type: 'iec-60320-c20', maximum_draw: 1200, allocated_draw: 1000 },
    ]);
    return { ...b, ports };
  },
  createData: (fx) => [
    { device: fx.devices[2], name: 'PSU1', type: 'iec-60320-c14', maximum_draw: 250 },
    { device: fx.devices[2], name: 'PSU3', allocated_draw: 100 },
    { device: fx.devices[1], name: 'PSU2', label: 'B' },
  ],
  updateData: { maximum_draw: 800, allocated_draw: 700, label: 'A' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device: fx.devices[0], name: 'PSU9', maximum_draw: 100, allocated_draw: 200 }),
  filters: (fx) => ({
    'name=PSU1': 2,
    'type=iec-60320-c14': 2,
    'maximum_draw=500': 2,
    'maximum_draw__gte=1000': 1,
    'allocated_draw__lt=500': 1,
    [`device_id=${fx.devices[1]}`]: 1,
    'device_type=Plain': 1,
  }),
});
