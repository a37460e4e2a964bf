/**
 * Pagination of list endpoints (NetBox's OptionalLimitOffsetPagination plus the `start` cursor):
 * default page size, limit/offset with absolute next/previous URLs that keep every other
 * parameter, limit=0, the MAX_PAGE_SIZE cap and PAGINATE_COUNT, and cursor pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, LISTS } from './acl-world.js';

/** 60 access lists named list-00 … list-59, every third one standard; returns their ids in name order. */
async function seed60(t: TestApp): Promise<number[]> {
  const body = Array.from({ length: 60 }, (_, i) => ({ name: `list-${String(i).padStart(2, '0')}`, type: i % 3 === 0 ? 'standard' : 'extended' }));
  const res = await t.api.post(LISTS, body);
  if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.map((o: { id: number }) => o.id);
}

/** The query parameters of an absolute URL, for order-independent comparison. */
function paramsOf(url: string | null): Record<string, string[]> {
  if (url === null) return {};
  const u = new URL(url);
  const out: Record<string, string[]> = {};
  for (const k of new Set(u.searchParams.keys())) out[k] = u.searchParams.getAll(k);
  return out;
}

describe('pagination with the default settings', () => {
  let t: TestApp;
  let ids: number[];
  beforeAll(async () => {
    t = await createAclApp();
    ids = await seed60(t);
  });
  afterAll(async () => t?.close());

  it('pages by 50 by default, with an absolute next URL', async () => {
    const res = await t.api.get(LISTS);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['count', 'next', 'previous', 'results']);
    expect(res.body.count).toBe(60);
    expect(res.body.results).toHaveLength(50);
    expect(res.body.previous).toBeNull();
    expect(res.body.next).toBe(`${t.baseUrl}${LISTS}?limit=50&offset=50`);
    const last = await t.api.get(res.body.next.slice(t.baseUrl.length));
    expect(last.body.results.map((o: { id: number }) => o.id)).toEqual(ids.slice(50));
    expect(last.body.next).toBeNull();
    expect(last.body.previous).toBe(`${t.baseUrl}${LISTS}?limit=50`);
  });

  it('limit and offset select the page; previous drops offset on the first page', async () => {
    const res = await t.api.get(`${LISTS}?limit=10&offset=20`);
    expect(res.body.results.map((o: { id: number }) => o.id)).toEqual(ids.slice(20, 30));
    expect(paramsOf(res.body.next)).toEqual({ limit: ['10'], offset: ['30'] });
    expect(paramsOf(res.body.previous)).toEqual({ limit: ['10'], offset: ['10'] });
    const second = await t.api.get(`${LISTS}?limit=10&offset=10`);
    expect(paramsOf(second.body.previous)).toEqual({ limit: ['10'] });
    const partial = await t.api.get(`${LISTS}?limit=10&offset=5`);
    expect(paramsOf(partial.body.previous)).toEqual({ limit: ['10'] });
    expect(partial.body.results[0].id).toBe(ids[5]);
  });

  it('next and previous keep every other parameter, repeated ones included', async () => {
    const res = await t.api.get(`${LISTS}?type=extended&name__ic=list&name__nic=zzz&name__nic=yyy&brief=1&limit=5&offset=5`);
    expect(res.body.count).toBe(40);
    const next = new URL(res.body.next);
    expect(`${next.protocol}//${next.host}${next.pathname}`).toBe(`${t.baseUrl}${LISTS}`);
    expect(paramsOf(res.body.next)).toEqual({ type: ['extended'], name__ic: ['list'], name__nic: ['zzz', 'yyy'], brief: ['1'], limit: ['5'], offset: ['10'] });
    expect(paramsOf(res.body.previous)).toEqual({ type: ['extended'], name__ic: ['list'], name__nic: ['zzz', 'yyy'], brief: ['1'], limit: ['5'] });
    // Following next yields the following page of the same filtered list.
    const following = await t.api.get(res.body.next.slice(t.baseUrl.length));
    expect(following.body.results).toHaveLength(5);
    expect(following.body.results.every((o: { display: string }) => o.display.startsWith('list-'))).toBe(true);
  });

  it('limit=0 means the maximum page (all 60 here, under MAX_PAGE_SIZE=1000)', async () => {
    const res = await t.api.get(`${LISTS}?limit=0`);
    expect(res.body.results).toHaveLength(60);
    expect(res.body.next).toBeNull();
  });

  it('an offset past the end is an empty page with a previous link', async () => {
    const res = await t.api.get(`${LISTS}?limit=10&offset=100`);
    expect(res.body.count).toBe(60);
    expect(res.body.results).toEqual([]);
    expect(res.body.next).toBeNull();
    expect(paramsOf(res.body.previous)).toEqual({ limit: ['10'], offset: ['90'] });
  });

  it('a huge limit is capped; malformed limits and offsets answer 400 naming them', async () => {
    expect((await t.api.get(`${LISTS}?limit=99999999999999999999`)).body.results).toHaveLength(60);
    expect((await t.api.get(`${LISTS}?limit=abc`)).body).toEqual({ limit: ['A valid integer is required.'] });
    expect((await t.api.get(`${LISTS}?limit=-1`)).body).toEqual({ limit: ['A valid integer is required.'] });
    expect((await t.api.get(`${LISTS}?offset=1.5`)).body).toEqual({ offset: ['A valid integer is required.'] });
    expect((await t.api.get(`${LISTS}?offset=99999999999999999999`)).body).toEqual({ offset: ['Ensure this value is less than or equal to 9007199254740991.'] });
  });

  it('a repeated control parameter counts once, the last value winning (Django QueryDict)', async () => {
    expect((await t.api.get(`${LISTS}?limit=abc&limit=3`)).body.results).toHaveLength(3);
    expect((await t.api.get(`${LISTS}?limit=3&limit=abc`)).status).toBe(400);
  });

  it('start: a cursor page in id order, count null, next is the following cursor', async () => {
    const res = await t.api.get(`${LISTS}?start=${ids[10]}&limit=20&type=extended`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBeNull();
    expect(res.body.previous).toBeNull();
    const got = res.body.results.map((o: { id: number }) => o.id);
    const wanted = ids.filter((id, i) => id >= ids[10]! && i % 3 !== 0).sort((a, b) => a - b);
    expect(got).toEqual(wanted.slice(0, 20));
    expect(paramsOf(res.body.next)).toEqual({ start: [String(got[19] + 1)], limit: ['20'], type: ['extended'] });
    const rest = await t.api.get(res.body.next.slice(t.baseUrl.length));
    expect(rest.body.results.map((o: { id: number }) => o.id)).toEqual(wanted.slice(20, 40));
    // The last page has no next.
    const last = await t.api.get(`${LISTS}?start=${ids[59]}&limit=20`);
    expect(last.body.results.map((o: { id: number }) => o.id)).toEqual([ids[59]]);
    expect(last.body.next).toBeNull();
  });

  it('start refuses offset and ordering, and malformed cursors', async () => {
    expect((await t.api.get(`${LISTS}?start=1&offset=10`)).body).toEqual({ start: ['The start and offset parameters are mutually exclusive.'] });
    expect((await t.api.get(`${LISTS}?start=1&ordering=name`)).body).toEqual({ start: ['Ordering cannot be combined with the start parameter.'] });
    expect((await t.api.get(`${LISTS}?start=abc`)).body).toEqual({ start: ['A valid integer is required.'] });
    expect((await t.api.get(`${LISTS}?start=99999999999999999999`)).status).toBe(400);
  });
});

describe('pagination settings', () => {
  it('MAX_PAGE_SIZE caps limit and limit=0; PAGINATE_COUNT sets the default', async () => {
    const t = await createAclApp({ config: { maxPageSize: 25, paginateCount: 7 } });
    try {
      await seed60(t);
      const byDefault = await t.api.get(LISTS);
      expect(byDefault.body.results).toHaveLength(7);
      expect(byDefault.body.next).toBe(`${t.baseUrl}${LISTS}?limit=7&offset=7`);
      const capped = await t.api.get(`${LISTS}?limit=100`);
      expect(capped.body.results).toHaveLength(25);
      expect(paramsOf(capped.body.next)).toEqual({ limit: ['25'], offset: ['25'] });
      expect((await t.api.get(`${LISTS}?limit=0`)).body.results).toHaveLength(25);
      const cursor = await t.api.get(`${LISTS}?start=0&limit=500`);
      expect(cursor.body.results).toHaveLength(25);
      expect(cursor.body.next).not.toBeNull();
    } finally {
      await t.close();
    }
  });

  it('behind a trusted proxy, next and the object URLs use the forwarded scheme and host', async () => {
    const t = await createAclApp({ config: { trustProxy: true } });
    try {
      const ids = await seed60(t);
      const res = await t.api.get(`${LISTS}?limit=1`, { headers: { 'x-forwarded-host': 'netbox.example.com:8443', 'x-forwarded-proto': 'https' } });
      expect(res.body.next).toBe(`https://netbox.example.com:8443${LISTS}?limit=1&offset=1`);
      expect(res.body.results[0].url).toBe(`https://netbox.example.com:8443${LISTS}${ids[0]}/`);
    } finally {
      await t.close();
    }
  });

  it('MAX_PAGE_SIZE=0 lifts the cap: limit=0 returns everything', async () => {
    const t = await createAclApp({ config: { maxPageSize: 0 } });
    try {
      await seed60(t);
      const all = await t.api.get(`${LISTS}?limit=0`);
      expect(all.body.results).toHaveLength(60);
      expect(all.body.next).toBeNull();
      expect((await t.api.get(LISTS)).body.results).toHaveLength(50);
    } finally {
      await t.close();
    }
  });
});
