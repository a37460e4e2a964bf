/** The full REST contract of /api/dcim/mac-addresses/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { interfaces: number[]; macs: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('mac-addresses'),
  model: 'dcim.macaddress',
  fields: [
    'id', 'url', 'display_url', 'display', 'mac_address', 'assigned_object_type', 'assigned_object_id', 'assigned_object',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'mac_address', 'description'],
  setup: async (app) => {
    const b = await base(app);
    const interfaces = await makeAll(app, 'interfaces', [
      { device: b.devices[0], name: 'eth0', type: '1000base-t' },
      { device: b.devices[1], name: 'eth0', type: '1000base-t' },
    ]);
    const macs = await makeAll(app, 'mac-addresses', [
      { mac_address: '00:11:22:33:44:55', assigned_object_type: 'dcim.interface', assigned_object_id: interfaces[0], description: 'burned in' },
      { mac_address: '00-11-22-AA-BB-CC', assigned_object_type: 'dcim.interface', assigned_object_id: interfaces[1] },
      { mac_address: '0a0b.0c0d.0e0f' },
    ]);
    return { ...b, interfaces, macs };
  },
  createData: (fx) => [
    { mac_address: 'AA:BB:CC:DD:EE:01', assigned_object_type: 'dcim.interface', assigned_object_id: fx.interfaces[0] },
    { mac_address: 'AA:BB:CC:DD:EE:02', description: 'spare', comments: 'in a drawer' },
    { mac_address: 'AA:BB:CC:DD:EE:03', assigned_object_type: 'dcim.interface', assigned_object_id: fx.interfaces[1] },
  ],
  updateData: { mac_address: 'AA:BB:CC:DD:EE:FF', description: 'changed' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { mac_address: '00:11:22:33:44' },
  filters: (fx) => ({
    'mac_address=00:11:22:33:44:55': 1,
    'mac_address=001122334455': 1,
    'mac_address__isw=00:11:22': 2,
    'mac_address__ic=0c:0d': 1,
    'mac_address__n=00:11:22:33:44:55': 2,
    'assigned_object_type=dcim.interface': 2,
    [`assigned_object_id=${fx.interfaces[1]}`]: 1,
    [`interface_id=${fx.interfaces[0]}`]: 1,
    'device=dev-2': 1,
    [`device_id=${fx.devices[0]}`]: 1,
    'q=burned': 1,
    'q=aa:bb': 1,
  }),
});
