/** The full REST contract of /api/dcim/power-outlets/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { powerPorts: number[]; outlets: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('power-outlets'),
  model: 'dcim.poweroutlet',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'power_port', 'feed_leg',
    'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const b = await base(app);
    const powerPorts = await makeAll(app, 'power-ports', [
      { device: b.devices[0], name: 'Inlet A' },
      { device: b.devices[0], name: 'Inlet B' },
      { device: b.devices[2], name: 'Inlet A' },
    ]);
    const outlets = await makeAll(app, 'power-outlets', [
      { device: b.devices[0], name: 'Outlet 1', type: 'iec-60320-c13', power_port: powerPorts[0], feed_leg: 'A', color: 'ff0000' },
      { device: b.devices[0], name: 'Outlet 2', type: 'iec-60320-c13', power_port: powerPorts[1], feed_leg: 'B' },
      { device: b.devices[2], name: 'Outlet 1', type: 'iec-60320-c19', power_port: powerPorts[2] },
    ]);
    return { ...b, powerPorts, outlets };
  },
  createData: (fx) => [
    { device: fx.devices[0], name: 'Outlet 3', power_port: fx.powerPorts[0], feed_leg: 'C' },
    { device: fx.devices[1], name: 'Outlet 1', type: 'nema-5-15r' },
    { device: fx.devices[2], name: 'Outlet 2', power_port: fx.powerPorts[2], color: '00ff00' },
  ],
  updateData: { feed_leg: 'B', color: '0000ff', label: 'O' },
  bulkUpdateData: { description: 'bulk edited' },
  // The power port belongs to another device.
  invalidData: (fx) => ({ device: fx.devices[1], name: 'Outlet 9', power_port: fx.powerPorts[0] }),
  filters: (fx) => ({
    'feed_leg=A': 1,
    'type=iec-60320-c13': 2,
    [`power_port_id=${fx.powerPorts[2]}`]: 1,
    'color=ff0000': 1,
    'name=Outlet 1': 2,
    'site=site-1': 2,
  }),
});
