/**
 * Optimistic concurrency (NetBox 4.6): objects carry a weak ETag of their last_updated time; a
 * write whose If-Match is stale answers 412 and changes nothing (no row, no change record, no
 * event); a current ETag, one of several, or `*` lets the write through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import type { PatchbayEvent } from '@patchbay/core';
import { createAclApp, fingerprint, LISTS, mustCreate } from '../api/acl-world.js';

describe('ETag and If-Match', () => {
  let t: TestApp;
  const events: PatchbayEvent[] = [];
  beforeAll(async () => {
    t = await createAclApp();
    t.patchbay.container.cradle.eventBus.on('event', (e) => events.push(e));
  });
  afterAll(async () => t?.close());

  const PRECONDITION = { detail: 'The object has been modified since it was read (If-Match does not match).' };

  it('GET, create and update answer a weak ETag built from last_updated', async () => {
    const created = await t.api.post(LISTS, { name: 'etag-1', type: 'extended' });
    expect(created.headers.get('etag')).toBe(`W/"${created.body.last_updated}"`);
    const got = await t.api.get(`${LISTS}${created.body.id}/`);
    expect(got.headers.get('etag')).toBe(created.headers.get('etag'));
    const updated = await t.api.patch(`${LISTS}${created.body.id}/`, { description: 'x' }, { headers: { 'if-match': got.headers.get('etag')! } });
    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe(`W/"${updated.body.last_updated}"`);
    expect(updated.headers.get('etag')).not.toBe(got.headers.get('etag'));
  });

  it('a stale If-Match answers 412 to PATCH, PUT and DELETE and changes nothing', async () => {
    const obj = await mustCreate(t, LISTS, { name: 'etag-2', type: 'extended' });
    const stale = (await t.api.get(`${LISTS}${obj.id}/`)).headers.get('etag')!;
    // Someone else changes it.
    expect((await t.api.patch(`${LISTS}${obj.id}/`, { description: 'theirs' })).status).toBe(200);
    const before = await fingerprint(t.knex);
    events.length = 0;
    const headers = { 'if-match': stale };
    for (const res of [
      await t.api.patch(`${LISTS}${obj.id}/`, { description: 'mine' }, { headers }),
      await t.api.put(`${LISTS}${obj.id}/`, { name: 'etag-2', type: 'standard' }, { headers }),
      await t.api.delete(`${LISTS}${obj.id}/`, undefined, { headers }),
    ]) {
      expect(res.status).toBe(412);
      expect(res.body).toEqual(PRECONDITION);
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
    expect(await fingerprint(t.knex)).toEqual(before);
    expect(events).toEqual([]);
    expect((await t.api.get(`${LISTS}${obj.id}/`)).body.description).toBe('theirs');
  });

  it('a made-up or malformed If-Match is stale too', async () => {
    const obj = await mustCreate(t, LISTS, { name: 'etag-3', type: 'extended' });
    for (const value of ['W/"2000-01-01T00:00:00.000Z"', '"nonsense"', 'garbage', `"${obj.last_updated}"`]) {
      const res = await t.api.patch(`${LISTS}${obj.id}/`, { description: 'no' }, { headers: { 'if-match': value } });
      expect(res.status, value).toBe(412);
    }
  });

  it('the current ETag, a list containing it, or * let the write through', async () => {
    const obj = await mustCreate(t, LISTS, { name: 'etag-4', type: 'extended' });
    let etag = (await t.api.get(`${LISTS}${obj.id}/`)).headers.get('etag')!;
    const listed = await t.api.patch(`${LISTS}${obj.id}/`, { description: 'a' }, { headers: { 'if-match': `W/"1999-01-01T00:00:00.000Z", ${etag}` } });
    expect(listed.status).toBe(200);
    etag = listed.headers.get('etag')!;
    expect((await t.api.patch(`${LISTS}${obj.id}/`, { description: 'b' }, { headers: { 'if-match': '*' } })).status).toBe(200);
    // The * write changed last_updated, so the ETag from before it is now stale.
    expect((await t.api.delete(`${LISTS}${obj.id}/`, undefined, { headers: { 'if-match': etag } })).status).toBe(412);
    const fresh = (await t.api.get(`${LISTS}${obj.id}/`)).headers.get('etag')!;
    expect((await t.api.delete(`${LISTS}${obj.id}/`, undefined, { headers: { 'if-match': fresh } })).status).toBe(204);
  });

  it('a write without If-Match is unconditional (NetBox clients do not send one)', async () => {
    const obj = await mustCreate(t, LISTS, { name: 'etag-5', type: 'extended' });
    expect((await t.api.patch(`${LISTS}${obj.id}/`, { description: 'free' })).status).toBe(200);
  });

  it('If-Match on a missing object is a 404, not a 412', async () => {
    const res = await t.api.patch(`${LISTS}999999/`, { description: 'x' }, { headers: { 'if-match': '*' } });
    expect(res.status).toBe(404);
  });
});
