/** The full REST contract of /api/dcim/locations/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { LOCATIONS, dcimApp, orgFixtures, type OrgFixtures } from './fixtures.js';

describeApiViewSet<OrgFixtures>({
  ...dcimApp,
  path: LOCATIONS,
  model: 'dcim.location',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'site', 'parent', 'status', 'tenant', 'facility',
    'description', 'tags', 'custom_fields', 'created', 'last_updated', 'rack_count', 'device_count', '_depth',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'rack_count', '_depth'],
  setup: orgFixtures,
  createData: (fx) => [
    { name: 'Hall B', slug: 'hall-b', site: fx.sites[0], status: 'planned', facility: 'H-B' },
    { name: 'Floor 3', slug: 'floor-3', site: fx.sites[1], parent: fx.locations[1], tenant: fx.tenants[1] },
    { name: 'Cage 7', slug: 'cage-7', site: fx.sites[2], status: 'staging', description: 'caged area' },
  ],
  updateData: { name: 'Hall A1', status: 'decommissioning', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited', status: 'retired' },
  invalidData: (fx) => ({ name: 'Bad status', slug: 'bad-status', site: fx.sites[0], status: 'nonsense' }),
  filters: (fx) => ({
    'name=Hall A': 1,
    'slug__ic=floor': 1,
    'status=planned': 1,
    'facility=H-A': 1,
    'q=main': 1,
    [`site_id=${fx.sites[1]}`]: 2,
    'site=fra1': 1,
    'site__n=fra1': 2,
    [`region_id=${fx.regions[0]}`]: 3,
    [`region_id=${fx.regions[1]}`]: 2,
    'region=berlin': 0,
    [`site_group_id=${fx.siteGroups[1]}`]: 2,
    'site_group=corporate': 3,
    [`parent_id=${fx.locations[1]}`]: 1,
    'parent=building-1': 1,
    [`ancestor_id=${fx.locations[1]}`]: 1,
    [`tenant_id=${fx.tenants[0]}`]: 1,
    'tenant_group=resellers': 1,
    [`contact=${fx.contact}`]: 1,
  }),
});
