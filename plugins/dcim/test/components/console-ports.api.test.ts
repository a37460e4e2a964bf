/** The full REST contract of /api/dcim/console-ports/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { ports: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('console-ports'),
  model: 'dcim.consoleport',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'speed', 'description',
    'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const b = await base(app);
    const ports = await makeAll(app, 'console-ports', [
      { device: b.devices[0], name: 'Console 1', type: 'rj-45', speed: 9600, description: 'main console' },
      { device: b.devices[1], name: 'Console 1', type: 'de-9', label: 'CON' },
      { device: b.devices[2], name: 'Console 2', type: 'usb-micro-b', speed: 115200 },
    ]);
    return { ...b, ports };
  },
  createData: (fx) => [
    { device: fx.devices[0], name: 'Console 2', type: 'rj-45' },
    { device: { name: 'dev-2' }, name: 'Console 3', speed: 19200 },
    { device: fx.devices[2], name: 'Console 3', label: 'aux', mark_connected: true },
  ],
  updateData: { label: 'Front', speed: 57600, description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device: fx.devices[0], name: 'Console 9', speed: 1234 }),
  filters: (fx) => ({
    'name=Console 1': 2,
    'type=rj-45': 1,
    'speed=9600': 1,
    'device=dev-1': 1,
    [`device_id=${fx.devices[1]}`]: 1,
    'site=site-1': 2,
    [`site_id=${fx.sites[1]}`]: 1,
    'device_type=Chassis': 2,
    'device_role=switch': 3,
    'label=CON': 1,
    'q=main': 1,
  }),
});
