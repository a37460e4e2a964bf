/** Access lists: the rule count, and deletion taking the rules with it in one transaction. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { aclPlugin } from '../src/index.js';
import { ACL, RULES, groupAssignable, make } from './fixtures.js';
import { aclGuardPlugin, LOCKED_NAME } from './guard-plugin.js';

eachDatabase((database) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp({ plugins: [aclPlugin, aclGuardPlugin], config: groupAssignable, database });
  });
  afterEach(async () => app?.close());

  const withRules = async (name: string, n: number) => {
    const list = await make(app.api, ACL, { name, type: 'extended' });
    const rules = await make(app.api, RULES, Array.from({ length: n }, (_, i) => ({ access_list: list.id, index: (i + 1) * 10, action: 'permit' })));
    return { list, rules: rules.map((r: { id: number }) => r.id) as number[] };
  };

  it('counts rules per list, and 0 for a list without any', async () => {
    const a = await withRules('a', 3);
    await withRules('b', 1);
    const empty = await make(app.api, ACL, { name: 'c', type: 'standard' });
    expect(empty.rule_count).toBe(0);
    const res = await app.api.get(ACL);
    expect(res.body.results.map((l: any) => [l.name, l.rule_count])).toEqual([['a', 3], ['b', 1], ['c', 0]]);
    await app.api.delete(`${RULES}${a.rules[0]}/`);
    expect((await app.api.get(`${ACL}${a.list.id}/`)).body.rule_count).toBe(2);
  });

  it('computes the rule count only when it is shown', async () => {
    await withRules('a', 2);
    await app.api.get(ACL);
    app.queries.reset();
    await app.api.get(ACL);
    const shown = app.queries.statements.filter((s) => s.includes('netbox_acls_accesslistrule')).length;
    app.queries.reset();
    const omitted = await app.api.get(`${ACL}?omit=rule_count`);
    expect(omitted.body.results[0]).not.toHaveProperty('rule_count');
    expect(shown).toBe(1);
    expect(app.queries.statements.filter((s) => s.includes('netbox_acls_accesslistrule'))).toEqual([]);
  });

  it('deletes a list with its rules, logging each rule under the same request id', async () => {
    const { list, rules } = await withRules('a', 3);
    const keep = await withRules('b', 1);
    const res = await app.api.delete(`${ACL}${list.id}/`);
    expect(res.status).toBe(204);
    // The list is gone, so its rules are looked up by their own ids.
    expect((await app.api.get(`${RULES}?${rules.map((id) => `id=${id}`).join('&')}`)).body.count).toBe(0);
    expect((await app.api.get(RULES)).body.count).toBe(1);
    expect((await app.api.get(`${ACL}${keep.list.id}/`)).body.rule_count).toBe(1);
    const changes = await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}`);
    const logged = changes.body.results.map((c: any) => [c.changed_object_type, c.changed_object_id, c.action.value]);
    expect(logged).toHaveLength(4);
    expect(logged).toEqual(expect.arrayContaining([['acl.accesslist', list.id, 'delete'], ...rules.map((id) => ['acl.accesslistrule', id, 'delete'])]));
  });

  it('rolls the cascade back with the list when the delete fails inside its transaction', async () => {
    const { list } = await withRules(LOCKED_NAME, 3);
    const res = await app.api.delete(`${ACL}${list.id}/`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ non_field_errors: ['This access list is locked.'] });
    expect((await app.api.get(`${ACL}${list.id}/`)).status).toBe(200);
    expect((await app.api.get(`${RULES}?access_list_id=${list.id}`)).body.count).toBe(3);
    expect((await app.api.get('/api/core/object-changes/?action=delete')).body.count).toBe(0);
  });

  it('bulk deletes lists and all their rules', async () => {
    const a = await withRules('a', 2);
    const b = await withRules('b', 2);
    const res = await app.api.delete(ACL, [{ id: a.list.id }, { id: b.list.id }]);
    expect(res.status).toBe(204);
    expect((await app.api.get(RULES)).body.count).toBe(0);
    expect((await app.api.get('/api/core/object-changes/?action=delete&changed_object_type=acl.accesslistrule')).body.count).toBe(4);
  });
});
