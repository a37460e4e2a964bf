/** The full REST contract of /api/dcim/device-types/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, dcimApp, typeFixtures, type TypeFixtures } from './fixtures.js';

describeApiViewSet<TypeFixtures>({
  ...dcimApp,
  path: P.deviceTypes,
  model: 'dcim.devicetype',
  fields: [
    'id', 'url', 'display_url', 'display', 'manufacturer', 'default_platform', 'model', 'slug', 'part_number',
    'u_height', 'exclude_from_utilization', 'is_full_depth', 'subdevice_role', 'airflow', 'weight', 'weight_unit',
    'front_image', 'rear_image', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
    'device_count', 'console_port_template_count', 'console_server_port_template_count', 'power_port_template_count',
    'power_outlet_template_count', 'interface_template_count', 'front_port_template_count', 'rear_port_template_count',
    'device_bay_template_count', 'module_bay_template_count', 'inventory_item_template_count',
  ],
  briefFields: ['id', 'url', 'display', 'manufacturer', 'model', 'slug', 'description', 'device_count'],
  setup: typeFixtures,
  createData: (fx) => [
    { manufacturer: fx.manufacturers[0], model: 'QFX5120', slug: 'qfx5120', u_height: 1, airflow: 'rear-to-front' },
    // A related object may be written as attributes that identify it.
    { manufacturer: { slug: 'cisco' }, model: 'Blade 1', slug: 'blade-1', u_height: 0, subdevice_role: 'child' },
    { manufacturer: fx.manufacturers[2], model: '7280R3', slug: '7280r3', u_height: 1.5, weight: 9, weight_unit: 'lb', comments: 'tall' },
  ],
  updateData: { model: 'MX-Chassis 2', part_number: 'MX-2', u_height: 4, description: 'updated' },
  bulkUpdateData: { description: 'bulk edited', airflow: 'passive' },
  invalidData: (fx) => ({ manufacturer: fx.manufacturers[0], model: 'Half', slug: 'half', u_height: 1.3 }),
  filters: (fx) => ({
    [`manufacturer_id=${fx.manufacturers[0]}`]: 1,
    'manufacturer=cisco&manufacturer=arista': 2,
    'model__ic=chassis': 1,
    'slug=c9400': 1,
    'part_number__isw=DCS': 1,
    'u_height=1': 2,
    'u_height__gte=2': 1,
    'subdevice_role=parent': 2,
    'subdevice_role__empty=true': 1,
    'airflow=front-to-rear': 1,
    'is_full_depth=false': 1,
    'exclude_from_utilization=true': 1,
    'weight__gt=10': 1,
    'weight_unit=kg': 1,
    'has_front_image=false': 3,
    'has_front_image=true': 0,
    'interfaces=false': 3,
    'interface_template_count=0': 3,
    'q=juniper': 1,
    'q=7050': 1,
  }),
});
