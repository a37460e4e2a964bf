/** The full REST contract of /api/dcim/console-server-ports/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { ports: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('console-server-ports'),
  model: 'dcim.consoleserverport',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'speed', 'description',
    'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const b = await base(app);
    const ports = await makeAll(app, 'console-server-ports', [
      { device: b.devices[0], name: 'Port 1', type: 'rj-45', speed: 9600 },
      { device: b.devices[1], name: 'Port 2', type: 'rj-45', speed: 9600, mark_connected: true },
      { device: b.devices[2], name: 'Port 10', type: 'de-9', description: 'line 10' },
    ]);
    return { ...b, ports };
  },
  createData: (fx) => [
    { device: fx.devices[1], name: 'Port 3', type: 'rj-45' },
    { device: fx.devices[1], name: 'Port 4', speed: 115200 },
    { device: fx.devices[2], name: 'Port 11', label: 'L11' },
  ],
  updateData: { label: 'Line', speed: 38400, type: 'usb-a' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device: fx.devices[0], name: 'Port 9', type: 'nonsense' }),
  filters: (fx) => ({
    'type=rj-45': 2,
    'speed=9600': 2,
    'mark_connected=true': 1,
    [`device_id=${fx.devices[0]}`]: 1,
    'device=dev-3': 1,
    'site=site-2': 1,
    'name__isw=Port 1': 2,
    'q=line': 1,
  }),
});
