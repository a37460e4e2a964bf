/** The full REST contract of /api/dcim/interfaces/ (generated), on every database, with its query baseline. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, make, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { interfaces: number[]; lag: number; vdc: number }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('interfaces'),
  model: 'dcim.interface',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'vdcs', 'module', 'name', 'label', 'type', 'enabled', 'parent', 'bridge', 'lag',
    'mtu', 'mac_address', 'primary_mac_address', 'mac_addresses', 'speed', 'duplex', 'wwn', 'mgmt_only', 'description', 'mode', 'rf_role',
    'rf_channel', 'poe_mode', 'poe_type', 'rf_channel_frequency', 'rf_channel_width', 'tx_power', 'mark_connected',
    'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type',
    'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const b = await base(app);
    const vdc = (await make(app.api, path('virtual-device-contexts'), { device: b.devices[0], name: 'vdc-a', identifier: 1, status: 'active' })).id;
    const [lag] = await makeAll(app, 'interfaces', [{ device: b.devices[0], name: 'Port-channel1', type: 'lag' }]);
    const interfaces = await makeAll(app, 'interfaces', [
      { device: b.devices[0], name: 'GigabitEthernet1/0/1', type: '1000base-t', mtu: 9000, lag, vdcs: [vdc], poe_mode: 'pse', poe_type: 'type1-ieee802.3af' },
      { device: b.devices[1], name: 'GigabitEthernet1/0/10', type: '1000base-t', enabled: false, speed: 1000000, duplex: 'full', mode: 'access' },
      { device: b.devices[2], name: 'wlan0', type: 'ieee802.11ac', rf_role: 'ap', rf_channel: '5g-36-5180-20', tx_power: 20, wwn: '10:00:00:00:C9:22:FC:01' },
    ]);
    return { ...b, interfaces, lag: lag!, vdc };
  },
  createData: (fx) => [
    { device: fx.devices[0], name: 'GigabitEthernet1/0/2', type: '1000base-t', lag: fx.lag, mgmt_only: true },
    { device: fx.devices[0], name: 'Vlan10', type: 'virtual', parent: fx.lag, mtu: 1500, description: 'svi' },
    { device: fx.devices[1], name: 'mgmt0', type: '100base-tx', vdcs: [], wwn: '20:00:00:25:B5:00:00:0F' },
  ],
  updateData: { description: 'uplink', mtu: 1400, mode: 'tagged', speed: 10000000 },
  bulkUpdateData: { enabled: false },
  invalidData: (fx) => ({ device: fx.devices[0], name: 'Vlan99', type: 'virtual', poe_mode: 'pse' }),
  filters: (fx) => ({
    'type=1000base-t': 2,
    'kind=virtual': 1,
    'kind=wireless': 1,
    'kind=physical': 2,
    'enabled=false': 1,
    [`lag_id=${fx.lag}`]: 1,
    [`vdc_id=${fx.vdc}`]: 1,
    'vdc=vdc-a': 1,
    'mtu__gte=9000': 1,
    'poe_mode=pse': 1,
    'rf_channel=5g-36-5180-20': 1,
    'rf_channel_frequency=5180': 1,
    'wwn=10:00:00:00:c9:22:fc:01': 1,
    'duplex=full': 1,
    'mode=access': 1,
    'device=dev-1': 2,
    'site=site-1': 3,
    'name__ic=gigabit': 2,
    'q=wlan': 1,
  }),
});
