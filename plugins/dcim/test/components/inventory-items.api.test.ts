/** The full REST contract of /api/dcim/inventory-items/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, make, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { items: number[]; role: number; iface: number }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('inventory-items'),
  model: 'dcim.inventoryitem',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'parent', 'name', 'label', 'status', 'role', 'manufacturer', 'part_id', 'serial',
    'asset_tag', 'discovered', 'description', 'component_type', 'component_id', 'component', 'tags', 'custom_fields', 'created',
    'last_updated', '_depth',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description', '_depth'],
  setup: async (app) => {
    const b = await base(app);
    const role = (await make(app.api, path('inventory-item-roles'), { name: 'Optic', slug: 'optic', color: 'ff0000' })).id;
    const iface = (await make(app.api, path('interfaces'), { device: b.devices[0], name: 'Te1/1', type: '10gbase-x-sfpp' })).id;
    // The first item listed has no children (the contract deletes it); the child has every relation set.
    const [first, root] = await makeAll(app, 'inventory-items', [
      { device: b.devices[0], name: 'Power supply' },
      { device: b.devices[0], name: 'Supervisor', manufacturer: b.manufacturer, serial: 'SUP-1', asset_tag: 'A-1' },
    ]);
    const items = [first!, root!, ...await makeAll(app, 'inventory-items', [
      { device: b.devices[0], parent: root, name: 'SFP 1', role, manufacturer: b.manufacturer, part_id: 'SFP-10G-LR', component_type: 'dcim.interface', component_id: iface, discovered: true },
      { device: b.devices[2], name: 'Fan tray', manufacturer: b.manufacturer2, status: 'failed', description: 'spare fan' },
    ])];
    return { ...b, items, role, iface };
  },
  createData: (fx) => [
    { device: fx.devices[0], name: 'SFP 2', role: fx.role, part_id: 'SFP-10G-SR' },
    { device: fx.devices[1], name: 'PSU', serial: 'PSU-77', asset_tag: 'A-77' },
    { device: fx.devices[2], name: 'Fan tray 2', status: 'planned', manufacturer: fx.manufacturer2 },
  ],
  updateData: { serial: 'NEW-1', status: 'offline', discovered: true },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device: fx.devices[1], name: 'Dup tag', asset_tag: 'A-1' }),
  filters: (fx) => ({
    [`parent_id=${fx.items[1]}`]: 1,
    'role=optic': 1,
    'manufacturer=acme': 2,
    [`manufacturer_id=${fx.manufacturer2}`]: 1,
    'status=failed': 1,
    'discovered=true': 1,
    'component_type=dcim.interface': 1,
    [`component_id=${fx.iface}`]: 1,
    'serial=SUP-1': 1,
    'asset_tag=A-1': 1,
    'part_id__isw=SFP': 1,
    'q=spare': 1,
  }),
});
