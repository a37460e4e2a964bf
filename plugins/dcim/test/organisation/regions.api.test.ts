/** The full REST contract of /api/dcim/regions/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { REGIONS, dcimApp, orgFixtures, type OrgFixtures } from './fixtures.js';

describeApiViewSet<OrgFixtures>({
  ...dcimApp,
  path: REGIONS,
  model: 'dcim.region',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'site_count', '_depth',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'site_count', '_depth'],
  setup: orgFixtures,
  createData: (fx) => [
    { name: 'Asia', slug: 'asia', description: 'continent' },
    { name: 'Bavaria', slug: 'bavaria', parent: fx.regions[1] },
    { name: 'Mitte', slug: 'mitte', parent: fx.regions[2], description: 'district' },
  ],
  updateData: { name: 'Europe West', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'No slug', slug: 'not a slug!' },
  filters: (fx) => ({
    'name=Europe': 1,
    'name=Europe&name=Berlin': 2,
    'slug__isw=ber': 1,
    'description__empty=true': 2,
    'q=capital': 1,
    'q=germ': 1,
    [`parent_id=${fx.regions[0]}`]: 1,
    'parent=germany': 1,
    [`ancestor_id=${fx.regions[0]}`]: 2,
    'ancestor=germany': 1,
    'ancestor__n=europe': 2,
    'parent_id=null': 2,
    [`id=${fx.regions[0]}&id=${fx.regions[2]}`]: 2,
    [`contact=${fx.contact}`]: 1,
    [`contact_role=${fx.contactRole}`]: 1,
    [`contact_group=${fx.contactGroup}`]: 1,
  }),
});
