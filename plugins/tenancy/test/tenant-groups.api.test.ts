/** The full REST contract of /api/tenancy/tenant-groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { TENANT_GROUPS, tenancyApp, tenancyFixtures, type TenancyFixtures } from './fixtures.js';

describeApiViewSet<TenancyFixtures>({
  ...tenancyApp,
  path: TENANT_GROUPS,
  model: 'tenancy.tenantgroup',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'tenant_count', '_depth',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'tenant_count', '_depth'],
  setup: tenancyFixtures,
  createData: (fx) => [
    { name: 'Group D', slug: 'tg-d' },
    { name: 'Group E', slug: 'tg-e', parent: fx.tenantGroups[0], description: 'under A' },
    { name: 'Group F', slug: 'tg-f', parent: fx.tenantGroups[2] },
  ],
  // The first two objects are the childless roots Y and Z; C is a leaf below both's reach.
  updateData: (fx) => ({ description: 'updated', parent: fx.tenantGroups[2] }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Group Bad', slug: 'not a slug' },
  filters: (fx) => ({
    'name=Group A': 1,
    'name__ic=group': 5,
    'slug=tg-b&slug=tg-c': 2,
    'description=middle level': 1,
    'description__empty=true': 4,
    [`parent_id=${fx.tenantGroups[0]}`]: 1,
    'parent=tg-b': 1,
    'parent_id=null': 3,
    [`ancestor_id=${fx.tenantGroups[0]}`]: 2,
    'ancestor=tg-b': 1,
    'ancestor__n=tg-a': 3,
    'q=middle': 1,
  }),
});
