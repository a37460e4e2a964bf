/** The full REST contract of /api/extras/saved-filters/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { SAVED_FILTERS, contentApp, make } from './fixtures.js';

describeApiViewSet<{ filters: number[]; user: number }>({
  ...contentApp(),
  path: SAVED_FILTERS,
  model: 'extras.savedfilter',
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'name', 'slug', 'description', 'user', 'weight',
    'enabled', 'shared', 'parameters', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description'],
  setup: async (app) => {
    const user = (await make(app.api, '/api/users/users/', { username: 'alice', password: 'correct-horse-battery' })).id;
    return {
      user,
      filters: [
        (await make(app.api, SAVED_FILTERS, { name: 'Active sites', slug: 'active-sites', object_types: ['dcim.site'], parameters: { status: 'active' }, description: 'only active' })).id,
        (await make(app.api, SAVED_FILTERS, { name: 'Mine', slug: 'mine', object_types: ['dcim.site', 'tenancy.tenant'], parameters: { q: 'x' }, user, shared: false, weight: 50 })).id,
        (await make(app.api, SAVED_FILTERS, { name: 'Off', slug: 'off', object_types: ['tenancy.tenant'], parameters: {}, enabled: false })).id,
      ],
    };
  },
  createData: (fx) => [
    { name: 'F4', slug: 'f4', object_types: ['dcim.site'], parameters: { name: ['a', 'b'] } },
    { name: 'F5', slug: 'f5', object_types: ['tenancy.tenant'], parameters: { slug: 'x' }, user: fx.user },
    { name: 'F6', slug: 'f6', object_types: ['acl.accesslist'], parameters: {}, shared: false, weight: 1 },
  ],
  updateData: { name: 'Renamed', parameters: { status: 'planned' }, description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad', slug: 'bad', object_types: ['dcim.site'], parameters: ['not', 'an', 'object'] },
  filters: (fx) => ({
    'name=Mine': 1,
    'slug=off&slug=mine': 2,
    'description__ic=active': 1,
    'enabled=false': 1,
    'shared=false': 1,
    'weight__lt=100': 1,
    [`user_id=${fx.user}`]: 1,
    'user=alice': 1,
    'object_type=tenancy.tenant': 2,
    // As the superuser (not alice): enabled and shared only.
    'usable=true': 1,
    'usable=false': 2,
    'q=act': 1,
    [`id=${fx.filters[0]}`]: 1,
  }),
});
