/**
 * NetBox 4.2 filters of core's own lists: jobs' `<time>__before/__after` (lte/gte),
 * object changes' `time_before/time_after` and `changed_object_type_id(__n)`, and permissions'
 * text lookups on their object types' "app.model" labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { createTestApp, eachDatabase, type TestApp } from '../../src/testing/index.js';
import { enqueueJob } from '../../src/index.js';

const JOBS = '/api/core/jobs/';
const CHANGES = '/api/core/object-changes/';
const PERMS = '/api/users/permissions/';

eachDatabase((database) => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  const get = async (url: string): Promise<any> => {
    const res = await t.api.get(url);
    expect(res.status, `${url} → ${JSON.stringify(res.body)}`).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin], database });
    // Two jobs with fixed times: "old" created 2024-01-01 and completed 2024-01-02, "new" created 2025-06-01, never run.
    ids.old = (await enqueueJob(t.knex, { name: 'old' })).id;
    ids.new = (await enqueueJob(t.knex, { name: 'new' })).id;
    await t.knex('core_job').where('id', ids.old).update({ created: '2024-01-01T00:00:00Z', started: '2024-01-02T00:00:00Z', completed: '2024-01-02T00:10:00Z', scheduled: '2024-01-01T12:00:00Z' });
    await t.knex('core_job').where('id', ids.new).update({ created: '2025-06-01T00:00:00Z' });
    // A list and a rule, each logged once; their change times are pinned.
    const list = await t.api.post('/api/plugins/acl/access-lists/', { name: 'L1', type: 'standard', default_action: 'deny' });
    expect(list.status, JSON.stringify(list.body)).toBe(201);
    const rule = await t.api.post('/api/plugins/acl/access-list-rules/', { access_list: list.body.id, index: 10, action: 'permit' });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    await t.knex('core_objectchange').where('changed_object_type', 'acl.accesslist').update({ time: '2024-03-01T00:00:00Z' });
    await t.knex('core_objectchange').where('changed_object_type', 'acl.accesslistrule').update({ time: '2025-03-01T00:00:00Z' });
    const type = (model: string) => t.knex('core_objecttype').where({ app_label: 'acl', model }).first().then((r) => Number(r.id));
    ids.listType = await type('accesslist');
    ids.ruleType = await type('accesslistrule');
    // Permissions on acl lists, on users, and on both.
    for (const [name, object_types] of [['lists', ['acl.accesslist']], ['users', ['users.user']], ['both', ['acl.accesslistrule', 'users.group']]] as const) {
      const res = await t.api.post(PERMS, { name, object_types, actions: ['view'] });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  }, 600_000);
  afterAll(async () => t?.close());

  describe('jobs', () => {
    const jobs = async (q: string) => (await get(`${JOBS}?${q}`)).results.map((j: { name: string }) => j.name).sort();
    it.each([
      ['created__before=2024-01-01T00:00:00Z', ['old']], // lte: the boundary is included
      ['created__after=2024-01-01T00:00:01Z', ['new']],
      ['created__after=2024-01-01&created__before=2025-06-01T00:00Z', ['new', 'old']],
      ['completed__before=2030-01-01', ['old']],
      ['completed__after=2024-01-02T00:10:00Z', ['old']],
      ['started__after=2024-01-03', []],
      ['started__before=2024-01-02', ['old']],
      ['scheduled__after=2024-01-01', ['old']],
      ['scheduled__before=2023-12-31', []],
      ['created__gte=2025-01-01', ['new']],
      ['created__before=2030-01-01&created__before=2024-06-01', ['old']], // one value: the last wins
    ])('%s', async (q, expected) => expect(await jobs(q)).toEqual(expected));

    it('rejects a malformed date-time', async () => {
      const res = await t.api.get(`${JOBS}?created__before=soon`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ created__before: ['Enter a valid date/time.'] });
    });
  });

  describe('object changes', () => {
    const types = async (q: string) => (await get(`${CHANGES}?${q}`)).results.map((c: { changed_object_type: string }) => c.changed_object_type).sort();
    it('time_after and time_before bound the change time (inclusive)', async () => {
      expect(await types('time_after=2024-03-01T00:00:00Z')).toEqual(['acl.accesslist', 'acl.accesslistrule']);
      expect(await types('time_after=2024-03-01T00:00:01Z')).toEqual(['acl.accesslistrule']);
      expect(await types('time_before=2024-03-01T00:00:00Z')).toEqual(['acl.accesslist']);
      expect(await types('time_after=2024-01-01&time_before=2024-12-31')).toEqual(['acl.accesslist']);
    });
    it('changed_object_type_id selects by object type id, __n excludes', async () => {
      expect(await types(`changed_object_type_id=${ids.ruleType}`)).toEqual(['acl.accesslistrule']);
      expect(await types(`changed_object_type_id=${ids.ruleType}&changed_object_type_id=${ids.listType}`)).toEqual(['acl.accesslist', 'acl.accesslistrule']);
      const others = await types(`changed_object_type_id__n=${ids.ruleType}`);
      expect(others).toContain('acl.accesslist');
      expect(others).not.toContain('acl.accesslistrule');
    });
    it('rejects malformed values', async () => {
      expect((await t.api.get(`${CHANGES}?changed_object_type_id=abc`)).body).toEqual({ changed_object_type_id: ['Enter a number.'] });
      expect((await t.api.get(`${CHANGES}?time_after=later`)).body).toEqual({ time_after: ['Enter a valid date/time.'] });
    });
  });

  describe('permissions: object_type text lookups', () => {
    const perms = async (q: string) => (await get(`${PERMS}?${q}`)).results.map((p: { name: string }) => p.name).sort();
    it.each([
      ['object_type=acl.accesslist', ['lists']],
      ['object_type__ie=ACL.AccessList', ['lists']],
      ['object_type__nie=acl.accesslist', ['both', 'users']],
      ['object_type__ic=ACCESSLIST', ['both', 'lists']],
      ['object_type__nic=accesslist', ['users']],
      ['object_type__isw=USERS.', ['both', 'users']],
      ['object_type__nisw=users.', ['lists']],
      ['object_type__iew=.GROUP', ['both']],
      ['object_type__niew=.group', ['lists', 'users']],
      ['object_type__ic=100%25', []], // a literal percent sign, not a wildcard
    ])('%s', async (q, expected) => expect(await perms(q)).toEqual(expected));
  });
});
