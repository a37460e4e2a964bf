/** The full REST contract of /api/tenancy/contact-groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CONTACT_GROUPS, tenancyApp, tenancyFixtures, type TenancyFixtures } from './fixtures.js';

describeApiViewSet<TenancyFixtures>({
  ...tenancyApp,
  path: CONTACT_GROUPS,
  model: 'tenancy.contactgroup',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'contact_count', '_depth',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'contact_count', '_depth'],
  setup: tenancyFixtures,
  createData: (fx) => [
    { name: 'Contacts D', slug: 'cg-d' },
    { name: 'Contacts E', slug: 'cg-e', parent: fx.contactGroups[0], description: 'under A' },
    // Names are unique among siblings only: "Contacts A" again, below C.
    { name: 'Contacts A', slug: 'cg-a2', parent: fx.contactGroups[2] },
  ],
  // The first two objects are the childless roots Y and Z; C is a leaf.
  updateData: (fx) => ({ description: 'updated', parent: fx.contactGroups[2] }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: '', slug: 'cg-bad' },
  filters: (fx) => ({
    'name=Contacts A': 1,
    'name__ic=contacts': 5,
    'slug=cg-b&slug=cg-c': 2,
    'description=middle level': 1,
    [`parent_id=${fx.contactGroups[1]}`]: 1,
    'parent=cg-a': 1,
    [`ancestor_id=${fx.contactGroups[0]}`]: 2,
    'ancestor=cg-b': 1,
    [`id__n=${fx.contactGroups[0]}`]: 4,
    'q=cg-c': 1,
  }),
});
