/** The full REST contract of /api/extras/bookmarks/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { BOOKMARKS, journalApp, make, objects, type Objects } from './fixtures.js';

interface Fx extends Objects { other: number }

describeApiViewSet<Fx>({
  ...journalApp,
  path: BOOKMARKS,
  model: 'extras.bookmark',
  fields: ['id', 'url', 'display', 'object_type', 'object_id', 'object', 'user', 'created'],
  briefFields: ['id', 'url', 'display', 'object_id', 'object_type'],
  setup: async (app) => {
    const fx = await objects(app);
    const other = (await make(app.api, '/api/users/users/', { username: 'other', password: 'a-long-password-1' })).id;
    await make(app.api, BOOKMARKS, [
      { object_type: 'dcim.site', object_id: fx.sites[0] },
      { object_type: 'dcim.site', object_id: fx.sites[1] },
      { object_type: 'dcim.site', object_id: fx.sites[2], user: other },
    ]);
    return { ...fx, other };
  },
  createData: (fx) => [
    { object_type: 'tenancy.tenant', object_id: fx.tenants[0] },
    { object_type: 'tenancy.tenant', object_id: fx.tenants[1] },
    { object_type: 'tenancy.tenant', object_id: fx.tenants[2], user: fx.other },
  ],
  updateData: (fx) => ({ object_type: 'tenancy.tenant', object_id: fx.tenants[2] }),
  bulkUpdateData: (fx) => ({ user: fx.other }),
  invalidData: (fx) => ({ object_type: 'dcim.site', object_id: fx.sites[0], user: 999999 }),
  filters: (fx) => ({
    'object_type=dcim.site': 3,
    'object_type=tenancy.tenant': 0,
    'object_type__n=dcim.site': 0,
    [`object_id=${fx.sites[0]}`]: 1,
    'user=other': 1,
    'user=admin': 2,
    [`user_id=${fx.other}`]: 1,
  }),
});
