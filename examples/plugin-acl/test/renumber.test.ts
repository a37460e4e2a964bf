/**
 * POST /api/plugins/acl/access-lists/{id}/renumber/: rules renumbered in order, change records
 * under the request id, and `acl.rules_renumbered` on the event bus only after the commit.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import type { PatchbayEvent } from '@patchbay/core';
import { aclPlugin, AccessListRule } from '../src/index.js';
import { ACL, RULES, groupAssignable, make } from './fixtures.js';
import { aclGuardPlugin, FORBIDDEN_INDEX } from './guard-plugin.js';

eachDatabase((database) => {
  let app: TestApp;
  let list: number;
  let rules: number[];
  let events: PatchbayEvent[];
  /** What a reader on another connection saw when the renumber event arrived. */
  let seenAtEvent: Promise<number[]> | undefined;

  beforeEach(async () => {
    app = await createTestApp({ plugins: [aclPlugin, aclGuardPlugin], config: groupAssignable, database });
    list = (await make(app.api, ACL, { name: 'edge', type: 'extended' })).id;
    const other = (await make(app.api, ACL, { name: 'other', type: 'extended' })).id;
    rules = [];
    for (const index of [7, 5, 30]) rules.push((await make(app.api, RULES, { access_list: list, index, action: 'permit' })).id);
    await make(app.api, RULES, { access_list: other, index: 5, action: 'deny' });
    events = [];
    seenAtEvent = undefined;
    app.patchbay.container.cradle.eventBus.on('event', (e) => {
      events.push(e);
      if (e.event_type === 'acl.rules_renumbered')
        seenAtEvent = app.knex(AccessListRule.tableName).where('access_list_id', list).orderBy('id').pluck('index').then((r) => r.map(Number));
    });
  });
  afterEach(async () => app?.close());

  const indexes = async (id = list) =>
    (await app.api.get(`${RULES}?access_list_id=${id}&ordering=index`)).body.results.map((r: any) => [r.id, r.index]);
  const renumber = (body: unknown, id = list) => app.api.post(`${ACL}${id}/renumber/`, body);

  it('renumbers the rules in their current order', async () => {
    const res = await renumber({ start: 100, step: 5 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Current order by index: 5 (rules[1]), 7 (rules[0]), 30 (rules[2]).
    const expected = [[rules[1], 100], [rules[0], 105], [rules[2], 110]];
    expect(res.body.map((r: any) => [r.id, r.index])).toEqual(expected);
    expect(await indexes()).toEqual(expected);
    expect((await app.api.get(`${RULES}?access_list=other`)).body.results[0].index).toBe(5);
  });

  it('defaults to start 10, step 10', async () => {
    expect((await renumber({})).status).toBe(200);
    expect((await indexes()).map((r: number[]) => r[1])).toEqual([10, 20, 30]);
  });

  it('writes change records for every rule under the request id', async () => {
    const res = await renumber({ start: 10, step: 10 });
    const requestId = res.headers.get('x-request-id');
    const changes = (await app.api.get(`/api/core/object-changes/?request_id=${requestId}&limit=0`)).body.results;
    expect(changes.length).toBeGreaterThanOrEqual(3);
    for (const c of changes) expect(c).toMatchObject({ changed_object_type: 'acl.accesslistrule', action: { value: 'update' }, user_name: 'admin' });
    for (const [id, index] of [[rules[1], 10], [rules[0], 20], [rules[2], 30]]) {
      const mine = changes.filter((c: any) => c.changed_object_id === id).sort((a: any, b: any) => b.id - a.id);
      expect(mine.length, `changes of rule ${id}`).toBeGreaterThan(0);
      expect(mine[0].postchange_data.index).toBe(index);
    }
  });

  it('announces acl.rules_renumbered after the commit', async () => {
    const res = await renumber({ start: 10, step: 10 });
    const mine = events.filter((e) => e.event_type === 'acl.rules_renumbered');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      object_type: 'acl.accesslist',
      object_id: list,
      request_id: res.headers.get('x-request-id'),
      username: 'admin',
      data: { id: list, name: 'edge', rules: [{ id: rules[1], index: 10 }, { id: rules[0], index: 20 }, { id: rules[2], index: 30 }] },
    });
    // Another connection already saw the new indexes when the event arrived: it was committed.
    expect(await seenAtEvent).toEqual([20, 10, 30]);
    const updated = events.filter((e) => e.event_type === 'object_updated').map((e) => e.object_id).sort();
    expect(updated).toEqual([...rules].sort());
  });

  it('changes nothing and announces nothing when a rule update fails inside the transaction', async () => {
    const before = await indexes();
    const res = await renumber({ start: FORBIDDEN_INDEX - 10, step: 10 });
    expect(res.status).toBe(400);
    // The second rule in order would take the reserved index; errors come per rule, as in a bulk update.
    expect(res.body).toEqual([{}, { index: [`Index ${FORBIDDEN_INDEX} is reserved.`] }, {}]);
    expect(await indexes()).toEqual(before);
    expect(events).toEqual([]);
    expect((await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}`)).body.count).toBe(0);
  });

  it('refuses bad input, unknown lists and users without permission', async () => {
    expect((await renumber({ start: 0 })).body).toEqual({ start: ['Must be an integer from 1 to 100000.'] });
    expect((await renumber({ step: 'ten' })).status).toBe(400);
    expect((await renumber([1, 2])).status).toBe(400);
    expect((await renumber({}, 999999)).status).toBe(404);
    expect((await app.anonymous.post(`${ACL}${list}/renumber/`, {})).status).toBe(403);
    const { client } = await app.createUser({ permissions: [{ objectTypes: ['acl.accesslist', 'acl.accesslistrule'], actions: ['view'] }] });
    expect((await client.post(`${ACL}${list}/renumber/`, {})).status).toBe(403);
    expect((await indexes()).map((r: number[]) => r[1])).toEqual([5, 7, 30]);
    expect(events).toEqual([]);
  });
});
