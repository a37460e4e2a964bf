/**
 * Journal entries and bookmarks beyond the generated contract: the author and owner defaults, the
 * feature checks with NetBox's messages, rendering, uniqueness, and removal with their object.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import type { DatabaseSnapshot } from '../../../../core/src/testing/snapshot.js';
import { ACLS, GROUPS, RULES, SITES } from '../tags/fixtures.js';
import { BOOKMARKS, JOURNAL, journalApp, make, objects, type Objects } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let fx: Objects;
  let snapshot: DatabaseSnapshot;
  let adminId: number;

  beforeAll(async () => {
    app = await createTestApp({ ...journalApp, database });
    fx = await objects(app);
    adminId = Number((await app.knex('users_user').where({ username: 'admin' }).first()).id);
    snapshot = await app.snapshot();
  });
  beforeEach(async () => snapshot.restore());
  afterAll(async () => app?.close());

  describe('journal entries', () => {
    it('defaults created_by to the request user and kind to info; renders the object brief and NetBox\'s display', async () => {
      const entry = await make(app.api, JOURNAL, { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: 'Hello' });
      expect(entry.created_by).toBe(adminId);
      expect(entry.kind).toEqual({ value: 'info', label: 'Info' });
      expect(entry.assigned_object).toMatchObject({ id: fx.sites[0], name: 'Site 1', slug: 'site-1', url: `${app.baseUrl}/api/dcim/sites/${fx.sites[0]}/` });
      expect(entry.display).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d \(Info\)$/);
      expect(entry.display.slice(0, 16)).toBe(new Date(entry.created).toISOString().slice(0, 16).replace('T', ' '));
      const none = await make(app.api, JOURNAL, { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: 'Anon', created_by: null });
      expect(none.created_by).toBeNull();
      // PATCH keeps the author.
      expect((await app.api.patch(`${JOURNAL}${entry.id}/`, { comments: 'Edited' })).body.created_by).toBe(adminId);
    });

    it('refuses types without journaling, unknown types and missing objects with NetBox\'s messages', async () => {
      const group = (await make(app.api, GROUPS, { name: 'g1' })).id;
      const cases: [Record<string, unknown>, unknown][] = [
        [{ assigned_object_type: 'users.group', assigned_object_id: group }, { non_field_errors: ['Journaling is not supported for this object type (users | group).'] }],
        [{ assigned_object_type: 'dcim.nothing', assigned_object_id: 1 }, { assigned_object_type: ['Content type dcim.nothing not found'] }],
        [{ assigned_object_type: 'site', assigned_object_id: 1 }, { assigned_object_type: ["Invalid value. Specify a content type as '<app_label>.<model_name>'."] }],
        [{ assigned_object_type: 'dcim.site', assigned_object_id: 999999 }, { non_field_errors: ['Invalid assigned_object: dcim | site ID 999999'] }],
        [{ assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: '' }, { comments: ['This field may not be blank.'] }],
        [{ assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], kind: 'fatal' }, { kind: ['"fatal" is not a valid choice.'] }],
      ];
      for (const [body, errors] of cases) {
        const res = await app.api.post(JOURNAL, { comments: 'x', ...body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body).toEqual(errors);
      }
      expect((await app.api.get(JOURNAL)).body.count).toBe(0);
    });

    it('journals the example plugin\'s objects and removes entries with their object, even through a cascade', async () => {
      const group = (await make(app.api, GROUPS, { name: 'g1' })).id;
      const list = await make(app.api, ACLS, { name: 'acl-1', type: 'standard', assigned_object_type: 'users.group', assigned_object_id: group });
      const rule = await make(app.api, RULES, { access_list: list.id, index: 10, action: 'permit' });
      await make(app.api, JOURNAL, [
        { assigned_object_type: 'acl.accesslist', assigned_object_id: list.id, comments: 'list' },
        { assigned_object_type: 'acl.accesslistrule', assigned_object_id: rule.id, comments: 'rule' },
        { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: 'site' },
      ]);
      expect((await app.api.delete(`${ACLS}${list.id}/`)).status).toBe(204);
      const left = (await app.api.get(JOURNAL)).body.results.map((e: { comments: string }) => e.comments);
      expect(left).toEqual(['site']);
      expect((await app.api.delete(`${SITES}${fx.sites[0]}/`)).status).toBe(204);
      expect((await app.api.get(JOURNAL)).body.count).toBe(0);
    });

    it('filters by type id and by author id, and lists the kinds in OPTIONS', async () => {
      await make(app.api, JOURNAL, [
        { assigned_object_type: 'dcim.site', assigned_object_id: fx.sites[0], comments: 'a' },
        { assigned_object_type: 'tenancy.tenant', assigned_object_id: fx.tenants[0], comments: 'b', created_by: null },
      ]);
      const ot = await app.knex('core_objecttype').where({ app_label: 'tenancy', model: 'tenant' }).first();
      expect((await app.api.get(`${JOURNAL}?assigned_object_type_id=${ot.id}`)).body.results.map((e: { comments: string }) => e.comments)).toEqual(['b']);
      expect((await app.api.get(`${JOURNAL}?assigned_object_type_id__n=${ot.id}`)).body.results.map((e: { comments: string }) => e.comments)).toEqual(['a']);
      expect((await app.api.get(`${JOURNAL}?created_by_id=${adminId}`)).body.count).toBe(1);
      expect((await app.api.get(`${JOURNAL}?kind=fatal`)).status).toBe(400);
      const options = await app.api.options(JOURNAL);
      expect(options.body.actions.POST.kind.choices).toEqual([
        { value: 'info', display_name: 'Info' }, { value: 'success', display_name: 'Success' },
        { value: 'warning', display_name: 'Warning' }, { value: 'danger', display_name: 'Danger' },
      ]);
    });
  });

  describe('bookmarks', () => {
    it('belong to the request user by default, show the object brief, and are unique per user and object', async () => {
      const mark = await make(app.api, BOOKMARKS, { object_type: 'dcim.site', object_id: fx.sites[0] });
      expect(mark.user).toMatchObject({ id: adminId, username: 'admin' });
      expect(mark.object).toMatchObject({ id: fx.sites[0], name: 'Site 1' });
      expect(typeof mark.created).toBe('string');
      const again = await app.api.post(BOOKMARKS, { object_type: 'dcim.site', object_id: fx.sites[0] });
      expect(again.status).toBe(400);
      expect(again.body).toEqual({ non_field_errors: ['Bookmark with this Object type, Object id and User already exists.'] });
    });

    it('refuses objects of models without bookmarks (non-NetBoxModel) and missing objects', async () => {
      const group = (await make(app.api, GROUPS, { name: 'g1' })).id;
      let res = await app.api.post(BOOKMARKS, { object_type: 'users.group', object_id: group });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ object_type: ['Content type users.group not found'] });
      res = await app.api.post(BOOKMARKS, { object_type: 'dcim.site', object_id: 999999 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ object_id: ['Related object not found using the provided numeric ID: 999999'] });
    });

    it('go away with their object and with their user', async () => {
      const other = (await make(app.api, '/api/users/users/', { username: 'other', password: 'a-long-password-1' })).id;
      await make(app.api, BOOKMARKS, [
        { object_type: 'dcim.site', object_id: fx.sites[0] },
        { object_type: 'dcim.site', object_id: fx.sites[1] },
        { object_type: 'tenancy.tenant', object_id: fx.tenants[0], user: other },
      ]);
      expect((await app.api.delete(`${SITES}${fx.sites[0]}/`)).status).toBe(204);
      expect((await app.api.get(BOOKMARKS)).body.count).toBe(2);
      expect((await app.api.delete(`/api/users/users/${other}/`)).status).toBe(204);
      const left = (await app.api.get(BOOKMARKS)).body.results;
      expect(left.map((b: { object_id: number }) => b.object_id)).toEqual([fx.sites[1]]);
    });
  });
});
