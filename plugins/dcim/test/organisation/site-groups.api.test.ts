/** The full REST contract of /api/dcim/site-groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { SITE_GROUPS, dcimApp, orgFixtures, type OrgFixtures } from './fixtures.js';

describeApiViewSet<OrgFixtures>({
  ...dcimApp,
  path: SITE_GROUPS,
  model: 'dcim.sitegroup',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'site_count', '_depth',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'site_count', '_depth'],
  setup: orgFixtures,
  createData: (fx) => [
    { name: 'Customers', slug: 'customers', description: 'customer sites' },
    { name: 'Data centres', slug: 'data-centres', parent: fx.siteGroups[0] },
    { name: 'Branches', slug: 'branches', parent: fx.siteGroups[1] },
  ],
  updateData: { name: 'Corporate sites', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: '', slug: 'blank-name' },
  filters: (fx) => ({
    'name=Offices': 1,
    'name__ic=office': 2,
    'slug=corporate&slug=offices': 2,
    'description=all offices': 1,
    'q=small': 1,
    [`parent_id=${fx.siteGroups[1]}`]: 1,
    'parent=corporate': 1,
    [`ancestor_id=${fx.siteGroups[0]}`]: 2,
    'ancestor=offices': 1,
    [`id__n=${fx.siteGroups[0]}`]: 3,
    [`contact=${fx.contact}`]: 1,
    [`contact__n=${fx.contact}`]: 3,
  }),
});
