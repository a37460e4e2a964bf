/** The full REST contract of /api/dcim/inventory-item-templates/ (generated), on every database. */
import type { TestApp } from '@patchbay/core/testing';
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, make, typeFixtures, type TypeFixtures } from './fixtures.js';

type Fx = TypeFixtures & { roles: number[]; interfaces: number[]; templates: number[] };

/**
 * Roles PSU and Optic; an interface template on device type 0; items: [0] "PSU 0" on device type 1
 * (role PSU, manufacturer Cisco), [1] "Chassis" on device type 0, [2] "Optic 0" below it (for the
 * interface, role Optic).
 */
async function items(app: TestApp): Promise<Fx> {
  const fx = await typeFixtures(app);
  const roles = [
    (await make(app.api, P.inventoryItemRoles, { name: 'PSU', slug: 'psu' })).id,
    (await make(app.api, P.inventoryItemRoles, { name: 'Optic', slug: 'optic' })).id,
  ];
  const interfaces = [(await make(app.api, P.interfaceTemplates, { device_type: fx.deviceTypes[0], name: 'xe-0/0/0', type: '10gbase-x-sfpp' })).id];
  const psu = (await make(app.api, P.inventoryItemTemplates, {
    device_type: fx.deviceTypes[1], name: 'PSU 0', role: roles[0], manufacturer: fx.manufacturers[1], description: 'power',
  })).id;
  const chassis = (await make(app.api, P.inventoryItemTemplates, { device_type: fx.deviceTypes[0], name: 'Chassis', part_id: 'CHAS-1' })).id;
  const optic = (await make(app.api, P.inventoryItemTemplates, {
    device_type: fx.deviceTypes[0], parent: chassis, name: 'Optic 0', role: roles[1],
    component_type: 'dcim.interfacetemplate', component_id: interfaces[0],
  })).id;
  return { ...fx, roles, interfaces, templates: [psu, chassis, optic] };
}

describeApiViewSet<Fx>({
  ...dcimApp,
  path: P.inventoryItemTemplates,
  model: 'dcim.inventoryitemtemplate',
  fields: [
    'id', 'url', 'display', 'device_type', 'parent', 'name', 'label', 'role', 'manufacturer', 'part_id', 'description',
    'component_type', 'component_id', 'component', 'created', 'last_updated', '_depth',
  ],
  briefFields: TEMPLATE_BRIEF,
  setup: items,
  createData: (fx) => [
    { device_type: fx.deviceTypes[0], name: 'Fan tray', part_id: 'FAN-1' },
    { device_type: fx.deviceTypes[0], parent: fx.templates[1], name: 'Optic 1', role: fx.roles[1], manufacturer: fx.manufacturers[0] },
    { device_type: fx.deviceTypes[2], name: 'PSU 1', role: { slug: 'psu' } },
  ],
  updateData: { name: 'Chassis A', part_id: 'CHAS-2', label: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', component_type: 'dcim.devicetype', component_id: fx.deviceTypes[0] }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[0]}`]: 2,
    [`parent_id=${fx.templates[1]}`]: 1,
    'parent_id=null': 2,
    'role=optic': 1,
    [`role_id=${fx.roles[0]}`]: 1,
    'manufacturer=cisco': 1,
    'part_id=CHAS-1': 1,
    'component_type=dcim.interfacetemplate': 1,
    [`component_id=${fx.interfaces[0]}`]: 1,
    'q=power': 1,
  }),
});
