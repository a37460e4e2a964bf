/**
 * One write, one transaction: the object, its change records and whatever signals wrote commit
 * together or not at all. Failures after the row (and after the change record) is written — a
 * post-write permission check, a signal that throws, a caller's transaction that aborts, a bad
 * item late in a bulk request — leave no trace.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createObjects, updateObjects, ValidationError } from '@patchbay/core';
import { createAclApp, fingerprint, LISTS, RULES, mustCreate } from '../api/acl-world.js';
import { resourceOf, superuserCradle } from './request-cradle.js';

describe('change log and writes share one transaction', () => {
  let t: TestApp;
  let listId: number;
  const unsubscribe: (() => void)[] = [];
  beforeAll(async () => {
    t = await createAclApp();
    listId = (await mustCreate(t, LISTS, { name: 'tx-list', type: 'extended' })).id;
    await mustCreate(t, RULES, { access_list: listId, index: 10, action: 'permit' });
    await mustCreate(t, RULES, { access_list: listId, index: 20, action: 'deny' });
  });
  afterEach(() => {
    for (const off of unsubscribe.splice(0)) off();
  });
  afterAll(async () => t?.close());

  const signals = () => t.patchbay.container.cradle.signals;

  it('a write records its change in the same request: one row, with the X-Request-ID', async () => {
    const res = await t.api.post(LISTS, { name: 'logged', type: 'standard' });
    const rows = await t.knex('core_objectchange').where({ changed_object_type: 'acl.accesslist', changed_object_id: res.body.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'create', request_id: res.headers.get('x-request-id'), user_name: 'admin', object_repr: 'logged' });
  });

  it('a caller transaction that aborts after the operation wrote its change record leaves neither', async () => {
    const c = await superuserCradle(t);
    const lists = resourceOf(t, 'plugins/acl/access-lists');
    const before = await fingerprint(t.knex);
    const published: unknown[] = [];
    const bus = t.patchbay.container.cradle.eventBus;
    const onEvent = (e: unknown) => published.push(e);
    bus.on('event', onEvent);
    let seenInside = 0;
    await expect(
      t.knex.transaction(async (trx) => {
        const [created] = await createObjects(c, lists, [{ name: 'inside', type: 'extended' }], { trx });
        // Inside the transaction both the row and its change record exist…
        seenInside = (await trx('core_objectchange').where({ changed_object_type: 'acl.accesslist', changed_object_id: created!.id })).length;
        expect(await trx('netbox_acls_accesslist').where('id', created!.id as number).first()).toBeTruthy();
        throw new Error('abort after the change record');
      }),
    ).rejects.toThrow('abort after the change record');
    expect(seenInside).toBe(1);
    // …and after the rollback neither does.
    expect(await fingerprint(t.knex)).toEqual(before);
    // Inside a caller's transaction events wait for the caller to publish them: nothing went out.
    bus.off('event', onEvent);
    expect(published).toEqual([]);
  });

  it('two operations in one caller transaction: the second failing undoes the first and its change records', async () => {
    const c = await superuserCradle(t);
    const rules = resourceOf(t, 'plugins/acl/access-list-rules');
    const ids = (await t.knex('netbox_acls_accesslistrule').select('id').where('access_list_id', listId).orderBy('index')).map((r) => Number(r.id));
    const before = await fingerprint(t.knex);
    await expect(
      t.knex.transaction(async (trx) => {
        await updateObjects(c, rules, ids.map((id, i) => ({ id, body: { index: 1000 + i } })), true, { trx });
        await updateObjects(c, rules, [{ id: ids[0]!, body: { index: 'not a number' } }], true, { trx });
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await fingerprint(t.knex)).toEqual(before);
  });

  it('a post-save signal that throws undoes the saved row (HTTP 400, nothing written)', async () => {
    unsubscribe.push(signals().on('post_save', ({ row }) => {
      if (row.name === 'doomed') throw new ValidationError({ name: ['Refused by a post-save signal.'] });
    }, { model: 'acl.accesslist' }));
    const before = await fingerprint(t.knex);
    const res = await t.api.post(LISTS, [{ name: 'fine', type: 'extended' }, { name: 'doomed', type: 'extended' }]);
    expect(res.status).toBe(400);
    expect(res.body).toEqual([{}, { name: ['Refused by a post-save signal.'] }]);
    expect(await fingerprint(t.knex)).toEqual(before);
  });

  it('a post-delete signal that throws undoes the delete, the cascade and the change records', async () => {
    unsubscribe.push(signals().on('post_delete', () => {
      throw new ValidationError({ non_field_errors: ['Refused by a post-delete signal.'] });
    }, { model: 'acl.accesslist' }));
    const before = await fingerprint(t.knex);
    const res = await t.api.delete(`${LISTS}${listId}/`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ non_field_errors: ['Refused by a post-delete signal.'] });
    expect(await fingerprint(t.knex)).toEqual(before);
  });

  it('a signal that writes rows of its own rolls them back with a failing write', async () => {
    await t.knex.schema.createTable('tx_audit', (tb) => {
      tb.increments('id');
      tb.string('note');
    });
    unsubscribe.push(signals().on('pre_save', async ({ row, trx }) => {
      await trx('tx_audit').insert({ note: String(row.name) });
    }, { model: 'acl.accesslist' }));
    const ok = await t.api.post(LISTS, { name: 'audited', type: 'extended' });
    expect(ok.status).toBe(201);
    // The clean() of the model does not fail for lists, so fail on the type instead: the pre_save insert ran first.
    const bad = await t.api.post(LISTS, [{ name: 'audited-2', type: 'extended' }, { name: 'audited-3', type: 'nope' }]);
    expect(bad.status).toBe(400);
    expect((await t.knex('tx_audit').select('note')).map((r) => r.note)).toEqual(['audited']);
  });

  it('a constrained user whose new object falls outside its permission gets 403 and the insert is undone', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['add', 'view', 'change'], constraints: { type: 'standard' } }] });
    const before = await fingerprint(t.knex);
    const res = await client.post(LISTS, { name: 'outside', type: 'extended' });
    expect(res.status).toBe(403);
    expect(await fingerprint(t.knex)).toEqual(before);
    // Inside the constraint it works, and a change that would move it outside is refused after the update ran.
    const inside = await client.post(LISTS, { name: 'inside-perm', type: 'standard' });
    expect(inside.status).toBe(201);
    const mid = await fingerprint(t.knex);
    expect((await client.patch(`${LISTS}${inside.body.id}/`, { type: 'extended' })).status).toBe(403);
    expect(await fingerprint(t.knex)).toEqual(mid);
  });
});

describe('bulk writes are all-or-nothing', () => {
  let t: TestApp;
  let ext: number;
  let std: number;
  let rules: number[];
  beforeAll(async () => {
    t = await createAclApp();
    ext = (await mustCreate(t, LISTS, { name: 'bulk-ext', type: 'extended' })).id;
    std = (await mustCreate(t, LISTS, { name: 'bulk-std', type: 'standard' })).id;
    rules = [];
    for (const index of [10, 20, 30]) rules.push((await mustCreate(t, RULES, { access_list: ext, index, action: 'permit', protocol: 'tcp' })).id);
  });
  afterAll(async () => t?.close());

  it('bulk PATCH with one invalid item (model clean) answers per item and changes nothing', async () => {
    const before = await fingerprint(t.knex);
    const res = await t.api.patch(RULES, [
      { id: rules[0], description: 'first' },
      { id: rules[1], source_ports: [22] , protocol: 'icmp' },
      { id: rules[2], description: 'third' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body).toEqual([{}, { source_ports: ['Ports can only be matched for TCP or UDP.'] }, {}]);
    expect(await fingerprint(t.knex)).toEqual(before);
  });

  it('bulk PUT where a later item collides with an earlier one changes nothing', async () => {
    const before = await fingerprint(t.knex);
    const res = await t.api.put(RULES, [
      { id: rules[0], access_list: ext, index: 40, action: 'permit' },
      { id: rules[1], access_list: ext, index: 40, action: 'deny' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body[0]).toEqual({});
    expect(res.body[1].non_field_errors).toEqual(['An access list rule with this index already exists in this access list.']);
    expect(await fingerprint(t.knex)).toEqual(before);
  });

  it('bulk DELETE naming one missing object answers 404 and deletes nothing', async () => {
    const before = await fingerprint(t.knex);
    const res = await t.api.delete(RULES, [{ id: rules[0] }, { id: 999999 }]);
    expect(res.status).toBe(404);
    expect(await fingerprint(t.knex)).toEqual(before);
  });

  it('bulk DELETE a user may only partly delete answers 404 and deletes nothing', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view', 'delete'], constraints: { type: 'standard' } }] });
    const before = await fingerprint(t.knex);
    const res = await client.delete(LISTS, [{ id: std }, { id: ext }]);
    expect(res.status).toBe(404);
    expect(await fingerprint(t.knex)).toEqual(before);
  });

  it('a successful bulk update writes one change record per object, under one request id', async () => {
    const res = await t.api.patch(RULES, rules.map((id, i) => ({ id, description: `bulk ${i}` })));
    expect(res.status).toBe(200);
    expect(res.body.map((r: { id: number }) => r.id)).toEqual(rules);
    const changes = await t.knex('core_objectchange').where('request_id', res.headers.get('x-request-id')!).orderBy('changed_object_id');
    expect(changes.map((c) => [c.action, Number(c.changed_object_id)])).toEqual(rules.map((id) => ['update', id]));
    const first = changes[0]!;
    const pre = typeof first.prechange_data === 'string' ? JSON.parse(first.prechange_data) : first.prechange_data;
    const post = typeof first.postchange_data === 'string' ? JSON.parse(first.postchange_data) : first.postchange_data;
    expect([pre.description, post.description]).toEqual(['', 'bulk 0']);
  });

  it('a successful bulk delete removes every object and logs each', async () => {
    const res = await t.api.delete(RULES, rules.map((id) => ({ id })));
    expect(res.status).toBe(204);
    expect(await t.knex('netbox_acls_accesslistrule').whereIn('id', rules)).toEqual([]);
    const changes = await t.knex('core_objectchange').where('request_id', res.headers.get('x-request-id')!);
    expect(changes.map((c) => c.action)).toEqual(['delete', 'delete', 'delete']);
  });
});
