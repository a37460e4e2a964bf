/** The full REST contract of /api/extras/journal-entries/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { JOURNAL, journalApp, make, objects, type Objects } from './fixtures.js';

interface Fx extends Objects { tag: number }

describeApiViewSet<Fx>({
  ...journalApp,
  path: JOURNAL,
  model: 'extras.journalentry',
  fields: [
    'id', 'url', 'display_url', 'display', 'assigned_object_type', 'assigned_object_id', 'assigned_object', 'created', 'created_by',
    'kind', 'comments', 'tags', 'custom_fields', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'created'],
  setup: async (app) => {
    const fx = await objects(app);
    const tag = (await make(app.api, '/api/extras/tags/', { name: 'Noted', slug: 'noted' })).id;
    await make(app.api, JOURNAL, [
      { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: 'Power work planned', kind: 'warning', tags: [tag] },
      { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[1], comments: 'Audit passed', kind: 'success' },
      { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[2], comments: 'Contract renewed' },
    ]);
    return { ...fx, tag };
  },
  createData: (fx) => [
    { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: 'New entry' },
    { assigned_object_type: 'tenancy.tenant', assigned_object_id: fx.tenants[1], comments: 'Second', kind: 'danger', tags: [{ slug: 'noted' }] },
    { assigned_object_type: 'tenancy.tenant', assigned_object_id: fx.tenants[2], comments: 'Third', kind: 'info' },
  ],
  updateData: { comments: 'Updated', kind: 'danger' },
  bulkUpdateData: { kind: 'success' },
  invalidData: (fx) => ({ assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: 'x', kind: 'bogus' }),
  filters: (fx) => ({
    'kind=warning': 1,
    'kind=warning&kind=success': 2,
    'assigned_object_type=dcim.site': 3,
    'assigned_object_type=tenancy.tenant': 0,
    'assigned_object_type__n=dcim.site': 0,
    [`assigned_object_id=${fx.sites[0]}`]: 1,
    [`assigned_object_id=${fx.sites[0]}&assigned_object_id=${fx.sites[1]}`]: 2,
    'created_by=admin': 3,
    'q=audit': 1,
    'tag=noted': 1,
    'created_after=2000-01-01T00:00:00Z': 3,
    'created_before=2000-01-01T00:00:00Z': 0,
  }),
});
