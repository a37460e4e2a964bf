/**
 * Events (NetBox's event rules feed): queued while a write's transaction runs and published on
 * the bus only after it commits — one per object, with the request id and snapshots — and never
 * for a write that rolled back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { ValidationError, type PatchbayEvent } from '@patchbay/core';
import { createAclApp, LISTS, RULES, mustCreate } from '../api/acl-world.js';

describe('events are published after commit, and only then', () => {
  let t: TestApp;
  let events: PatchbayEvent[] = [];
  /** For each event, whether its object was visible to another connection when the event arrived. */
  let visibility: Promise<boolean>[] = [];
  const off: (() => void)[] = [];

  beforeAll(async () => {
    t = await createAclApp();
    const bus = t.patchbay.container.cradle.eventBus;
    const listener = (e: PatchbayEvent) => {
      events.push(e);
      const table = e.object_type === 'acl.accesslist' ? 'netbox_acls_accesslist' : 'netbox_acls_accesslistrule';
      // Read through the pool, outside the write's transaction: a created or updated object must be committed.
      if (e.event_type !== 'object_deleted' && e.object_type.startsWith('acl.accesslist'))
        visibility.push(t.knex(table).where('id', e.object_id).first().then(Boolean));
    };
    bus.on('event', listener);
    off.push(() => bus.off('event', listener));
  });
  afterEach(async () => {
    expect(await Promise.all(visibility)).not.toContain(false);
  });
  afterAll(async () => {
    for (const f of off) f();
    await t?.close();
  });
  const reset = () => {
    events = [];
    visibility = [];
  };

  it('a create publishes object_created with the request id, the user and the representation', async () => {
    reset();
    const res = await t.api.post(LISTS, { name: 'evented', type: 'extended', description: 'd' });
    expect(res.status).toBe(201);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e).toMatchObject({
      event_type: 'object_created', object_type: 'acl.accesslist', object_id: res.body.id,
      request_id: res.headers.get('x-request-id'), username: 'admin',
      snapshots: { prechange: null },
    });
    expect(e!.data).toMatchObject({ id: res.body.id, name: 'evented', description: 'd', url: `/api/plugins/acl/access-lists/${res.body.id}/` });
    expect(e!.snapshots.postchange).toEqual(e!.data);
  });

  it('a bulk create publishes one event per object, an update carries both snapshots, a delete the last state', async () => {
    reset();
    const created = await t.api.post(LISTS, [{ name: 'ev-a', type: 'extended' }, { name: 'ev-b', type: 'standard' }, { name: 'ev-c', type: 'extended' }]);
    expect(created.status).toBe(201);
    expect(events.map((e) => [e.event_type, e.object_id])).toEqual(created.body.map((o: { id: number }) => ['object_created', o.id]));
    expect(new Set(events.map((e) => e.request_id))).toEqual(new Set([created.headers.get('x-request-id')]));

    reset();
    const id = created.body[0].id;
    await t.api.patch(`${LISTS}${id}/`, { description: 'changed' });
    expect(events).toHaveLength(1);
    expect(events[0]!.event_type).toBe('object_updated');
    expect((events[0]!.snapshots.prechange as { description: string }).description).toBe('');
    expect((events[0]!.snapshots.postchange as { description: string }).description).toBe('changed');

    reset();
    await t.api.delete(`${LISTS}${id}/`);
    expect(events.map((e) => e.event_type)).toEqual(['object_deleted']);
    expect(events[0]!.snapshots.postchange).toBeNull();
    expect((events[0]!.snapshots.prechange as { description: string }).description).toBe('changed');
  });

  it('several changes to one object in one request are one event (renumbering updates each rule twice)', async () => {
    const list = await mustCreate(t, LISTS, { name: 'renumbered', type: 'extended' });
    const ids: number[] = [];
    for (const index of [5, 7, 9]) ids.push((await mustCreate(t, RULES, { access_list: list.id, index, action: 'permit' })).id);
    reset();
    const res = await t.api.post(`${LISTS}${list.id}/renumber/`, { start: 100, step: 100 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const ruleEvents = events.filter((e) => e.object_type === 'acl.accesslistrule');
    expect(ruleEvents.map((e) => [e.event_type, e.object_id])).toEqual(ids.map((id) => ['object_updated', id]));
    expect(ruleEvents.map((e) => (e.snapshots.postchange as { index: number }).index)).toEqual([100, 200, 300]);
    expect(events.filter((e) => e.event_type === 'acl.rules_renumbered')).toHaveLength(1);
  });

  it('no event for a bulk create that fails on its last item', async () => {
    reset();
    const res = await t.api.post(LISTS, [{ name: 'ok-1', type: 'extended' }, { name: 'ok-2', type: 'extended' }, { name: 'bad', type: 'bogus' }]);
    expect(res.status).toBe(400);
    expect(events).toEqual([]);
  });

  it('no event when a signal rejects the write after the row was saved', async () => {
    const unsubscribe = t.patchbay.container.cradle.signals.on('post_save', () => {
      throw new ValidationError({ non_field_errors: ['No.'] });
    }, { model: 'acl.accesslistrule' });
    try {
      const list = await mustCreate(t, LISTS, { name: 'signal-reject', type: 'extended' });
      reset();
      const res = await t.api.post(RULES, { access_list: list.id, index: 1, action: 'deny' });
      expect(res.status).toBe(400);
      expect(events).toEqual([]);
    } finally {
      unsubscribe();
    }
  });

  it('no event for a write refused by the post-write permission check', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['add', 'view'], constraints: { default_action: 'permit' } }] });
    reset();
    const res = await client.post(LISTS, { name: 'denied', type: 'extended' }); // default_action defaults to deny
    expect(res.status).toBe(403);
    expect(events).toEqual([]);
    reset();
    expect((await client.post(LISTS, { name: 'allowed', type: 'extended', default_action: 'permit' })).status).toBe(201);
    expect(events).toHaveLength(1);
    expect(events[0]!.username).toMatch(/^user/);
  });

  it('no event for a rejected renumbering (one transaction around both passes)', async () => {
    const list = await mustCreate(t, LISTS, { name: 'renumber-fails', type: 'extended' });
    for (const index of [1, 2]) await mustCreate(t, RULES, { access_list: list.id, index, action: 'permit' });
    const unsubscribe = t.patchbay.container.cradle.signals.on('pre_save', ({ row }) => {
      // The second pass moves rules to their final index; refuse it after the first pass was written.
      if (Number(row.index) < 2_000_000_000 && Number(row.index) >= 10) throw new ValidationError({ index: ['Refused.'] });
    }, { model: 'acl.accesslistrule' });
    try {
      reset();
      const changesBefore = await t.knex('core_objectchange').count({ n: '*' });
      const res = await t.api.post(`${LISTS}${list.id}/renumber/`, { start: 10, step: 10 });
      expect(res.status).toBe(400);
      expect(events).toEqual([]);
      expect(await t.knex('core_objectchange').count({ n: '*' })).toEqual(changesBefore);
      const indexes = (await t.knex('netbox_acls_accesslistrule').select('index').where('access_list_id', list.id).orderBy('index')).map((r) => r.index);
      expect(indexes).toEqual([1, 2]);
    } finally {
      unsubscribe();
    }
  });
});
