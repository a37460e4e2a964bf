/** The full REST contract of /api/dcim/racks/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { RACKS, ROLES, TYPES, make, places, racksApp, type Places } from './fixtures.js';

interface Fx extends Places { roles: number[]; types: number[]; racks: number[] }

describeApiViewSet<Fx>({
  ...racksApp,
  path: RACKS,
  model: 'dcim.rack',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'facility_id', 'site', 'location', 'tenant', 'status', 'role',
    'serial', 'asset_tag', 'rack_type', 'form_factor', 'width', 'u_height', 'starting_unit', 'weight', 'max_weight',
    'weight_unit', 'desc_units', 'outer_width', 'outer_depth', 'outer_unit', 'mounting_depth', 'airflow',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated', 'device_count',
    'powerfeed_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description', 'device_count'],
  setup: async (app) => {
    const p = await places(app);
    const roles = [
      (await make(app.api, ROLES, { name: 'Role 1', slug: 'role-1' })).id,
      (await make(app.api, ROLES, { name: 'Role 2', slug: 'role-2' })).id,
    ];
    const types = [
      (await make(app.api, TYPES, { manufacturer: p.manufacturers[0], model: 'Type 1', slug: 'type-1', form_factor: '4-post-cabinet', u_height: 48 })).id,
    ];
    // The first rack (in the default order) points at every related kind, so one row costs what a page does.
    const racks = [
      (await make(app.api, RACKS, {
        name: 'Rack 1', facility_id: 'F-1', site: p.sites[0], location: p.locations[0], tenant: p.tenants[0], status: 'active', role: roles[0],
        serial: 'SN-1', asset_tag: 'AT-1', rack_type: types[0], airflow: 'front-to-rear', description: 'first rack',
      })).id,
      (await make(app.api, RACKS, {
        name: 'Rack 2', facility_id: 'F-2', site: p.sites[1], location: p.locations[1], tenant: p.tenants[1], status: 'planned', role: roles[1],
        serial: 'SN-2', width: 23, u_height: 24, desc_units: true, starting_unit: 5, outer_width: 600, outer_depth: 1200, outer_unit: 'mm',
        weight: 300, max_weight: 1500, weight_unit: 'kg', mounting_depth: 900, airflow: 'rear-to-front', comments: 'cold aisle',
      })).id,
      (await make(app.api, RACKS, { name: 'Rack 3', site: p.sites[2], status: 'reserved', form_factor: '2-post-frame', width: 19, u_height: 42 })).id,
    ];
    return { ...p, roles, types, racks };
  },
  createData: (fx) => [
    { name: 'Rack 4', site: fx.sites[0], location: fx.locations[0] },
    { name: 'Rack 5', site: fx.sites[1], status: 'available', role: fx.roles[0], tenant: fx.tenants[2], u_height: 10, facility_id: 'F-5' },
    { name: 'Rack 6', site: fx.sites[2], rack_type: fx.types[0], asset_tag: 'AT-6', description: 'typed' },
  ],
  updateData: { name: 'Rack X', status: 'deprecated', airflow: 'rear-to-front', serial: 'SN-X', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited', status: 'planned' },
  invalidData: { name: 'Bad rack', site: null },
  filters: (fx) => ({
    'name=Rack 1': 1,
    'name__ic=rack': 3,
    'facility_id=F-1&facility_id=F-2': 2,
    'facility_id__empty=true': 1,
    'asset_tag=AT-1': 1,
    'serial=SN-2': 1,
    [`site_id=${fx.sites[0]}`]: 1,
    'site=site-1&site=site-2': 2,
    'region=region-1': 1,
    'site_group=group-1': 1,
    'site_group__n=group-1': 2,
    'tenant=tenant-1&tenant=tenant-2': 2,
    [`tenant_id=${fx.tenants[1]}`]: 1,
    [`location_id=${fx.locations[1]}`]: 1,
    'location=location-1': 1,
    'status=active': 1,
    'status__n=active': 2,
    'role=role-1': 1,
    [`role_id=${fx.roles[1]}`]: 1,
    'role_id=null': 1,
    [`rack_type_id=${fx.types[0]}`]: 1,
    'manufacturer=manufacturer-1': 1,
    'form_factor=2-post-frame': 1,
    'form_factor=4-post-cabinet': 1,
    'width=23': 1,
    'u_height=48': 1,
    'u_height__lt=42': 1,
    'starting_unit=5': 1,
    'desc_units=true': 1,
    'outer_unit=mm': 1,
    'weight_unit=kg': 1,
    'max_weight__gt=1000': 1,
    'mounting_depth=900': 1,
    'airflow=front-to-rear': 1,
    'q=cold': 1,
    'q=SN-1': 1,
    [`id=${fx.racks[0]}&id=${fx.racks[2]}`]: 2,
  }),
});
