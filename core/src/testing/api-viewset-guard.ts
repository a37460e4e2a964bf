/**
 * The guard half of the generated contract: authentication, constrained object permissions,
 * ETag / If-Match, and the list's query budget.
 */
import { expect, it } from 'vitest';
import { expectStatus, type ViewSetRun } from './api-viewset-context.js';
import { expectQueryCount } from './query-count.js';

const NO_CREDENTIALS = { detail: 'Authentication credentials were not provided.' };

/** Registers the guard tests; `run()` gives the current test's state. */
export function guardTests<F>(run: () => ViewSetRun<F>): void {
  it('refuses unauthenticated clients (403) and writes nothing', async () => {
    const { app, opts, ids, detail, resolve, count } = run();
    const before = await count();
    for (const res of [await app.anonymous.get(opts.path), await app.anonymous.get(detail(ids[0]!))]) {
      expectStatus(res, 403, 'anonymous read');
      expect(res.body).toEqual(NO_CREDENTIALS);
    }
    const post = await app.anonymous.post(opts.path, resolve(opts.createData)[0]);
    expectStatus(post, 403, 'anonymous create');
    expect(post.body).toEqual(NO_CREDENTIALS);
    expectStatus(await app.anonymous.delete(detail(ids[0]!)), 403, 'anonymous delete');
    expect(await count()).toBe(before);
  });

  it('shows a constrained user only the objects it may view', async () => {
    const { app, opts, ids, detail } = run();
    const allowed = ids.slice(0, 2);
    const { client } = await app.createUser({ permissions: [{ objectTypes: [opts.model], actions: ['view'], constraints: { id__in: allowed } }] });
    const list = await client.get(opts.path);
    expectStatus(list, 200, 'constrained list');
    expect(list.body.count).toBe(2);
    expect(list.body.results.map((o: { id: number }) => o.id).sort()).toEqual([...allowed].sort());
    expectStatus(await client.get(detail(allowed[0]!)), 200, 'permitted object');
    expectStatus(await client.get(detail(ids[2]!)), 404, 'object outside the constraint');

    const { client: stranger } = await app.createUser();
    expectStatus(await stranger.get(opts.path), 403, 'list without view permission');
    expectStatus(await stranger.get(detail(ids[0]!)), 403, 'detail without view permission');
  });

  it('refuses writes without permission (403) and writes nothing', async () => {
    const { app, opts, ids, detail, resolve, count, changes } = run();
    const { client } = await app.createUser({ permissions: [{ objectTypes: [opts.model], actions: ['view'] }] });
    const before = await count();
    const changesBefore = (await changes()).length;
    expectStatus(await client.post(opts.path, resolve(opts.createData)[0]), 403, 'create without add permission');
    expectStatus(await client.post(opts.path, resolve(opts.createData)), 403, 'bulk create without add permission');
    expectStatus(await client.patch(detail(ids[0]!), resolve(opts.updateData)), 403, 'update without change permission');
    expectStatus(await client.delete(detail(ids[0]!)), 403, 'delete without delete permission');
    expect(await count()).toBe(before);
    expect(await changes()).toHaveLength(changesBefore);
  });

  it('refuses a create outside the add constraints (403) and writes nothing', async () => {
    const { app, opts, resolve, count, changes } = run();
    const { client } = await app.createUser({
      permissions: [
        { objectTypes: [opts.model], actions: ['view'] },
        // No object can satisfy this, so the post-write check must roll the create back.
        { objectTypes: [opts.model], actions: ['add'], constraints: { id__lt: 0 } },
      ],
    });
    const before = await count();
    const changesBefore = (await changes()).length;
    expectStatus(await client.post(opts.path, resolve(opts.createData)[0]), 403, 'create outside the constraint');
    expect(await count()).toBe(before);
    expect(await changes()).toHaveLength(changesBefore);

    const { client: adder } = await app.createUser({ permissions: [{ objectTypes: [opts.model], actions: ['view', 'add'] }] });
    expectStatus(await adder.post(opts.path, resolve(opts.createData)[0]), 201, 'create with add permission');
  });

  it('sends an ETag and refuses a stale If-Match (412) without changing anything', async () => {
    const { app, ids, detail, resolve, opts, resource } = run();
    const url = detail(ids[0]!);
    const first = await app.api.get(url);
    const etag = first.headers.get('etag');
    if (!resource.serializer.fields.includes('last_updated')) {
      // The ETag is last_updated; without it there is none, and no If-Match can match (RFC 9110).
      expect(etag, 'no last_updated, no ETag').toBeNull();
      expectStatus(await app.api.patch(url, resolve(opts.updateData), { headers: { 'if-match': 'W/"2000-01-01T00:00:00.000Z"' } }), 412, 'PATCH with an If-Match');
      expect((await app.api.get(url)).body).toEqual(first.body);
      return;
    }
    expect(etag, 'detail responses carry an ETag').toMatch(/^W\/".+"$/);
    const ok = await app.api.patch(url, resolve(opts.updateData), { headers: { 'if-match': etag! } });
    expectStatus(ok, 200, 'PATCH with a current If-Match');
    const fresh = ok.headers.get('etag');
    expect(fresh).toMatch(/^W\/".+"$/);
    expect(fresh).not.toBe(etag);
    const current = (await app.api.get(url)).body;

    const stale = await app.api.patch(url, resolve(opts.bulkUpdateData), { headers: { 'if-match': etag! } });
    expectStatus(stale, 412, 'PATCH with a stale If-Match');
    expectStatus(await app.api.delete(url, undefined, { headers: { 'if-match': etag! } }), 412, 'DELETE with a stale If-Match');
    expect((await app.api.get(url)).body).toEqual(current);
  });

  it('lists with a constant, baselined number of queries', async () => {
    const { app, opts, ids, resource } = run();
    const ser = resource.serializer;
    const all = await app.api.get(`${opts.path}?limit=${ids.length}`);
    // With related objects, the fixtures must point at three different ones, or an N+1 would not show.
    const relatedFields = ser.fields.filter((f) => ['related', 'generic', 'many'].includes(ser.specs[f]!.kind));
    if (relatedFields.length) {
      const distinct = Math.max(...relatedFields.map((f) => new Set(all.body.results.map((o: Record<string, unknown>) => JSON.stringify(o[f]))).size));
      expect(distinct, `setup() should relate its objects to at least three distinct objects (${relatedFields.join(', ')})`).toBeGreaterThanOrEqual(3);
    }
    // The one-object page shows the object with the most related objects set: a row whose foreign
    // keys are all null legitimately loads nothing (a tree's first row is always a root).
    const filled = (o: Record<string, unknown>) => relatedFields.filter((f) => o[f] !== null && !(Array.isArray(o[f]) && !(o[f] as unknown[]).length)).length;
    const results = all.body.results as Record<string, unknown>[];
    const richest = results.reduce((best, o, i) => (filled(o) > filled(results[best]!) ? i : best), 0);
    // Relations that exclude each other (a template of a device type *or* of a module type) cannot
    // all be set on one row: the small page is then the fewest rows that set every relation set anywhere.
    const isSet = (o: Record<string, unknown>, f: string) => o[f] !== null && !(Array.isArray(o[f]) && !(o[f] as unknown[]).length);
    const cover = [richest];
    for (const f of relatedFields) {
      if (cover.some((i) => isSet(results[i]!, f))) continue;
      const i = results.findIndex((o) => isSet(o, f));
      if (i >= 0) cover.push(i);
    }
    const small = cover.length === 1
      ? `limit=1&offset=${richest}`
      : `limit=${cover.length}&${cover.map((i) => `id=${results[i]!.id}`).join('&')}`;
    app.queries.reset();
    expectStatus(await app.api.get(`${opts.path}?${small}`), 200, 'GET ?limit=1');
    const one = app.queries.total;
    app.queries.reset();
    expectStatus(await app.api.get(`${opts.path}?limit=${ids.length}`), 200, 'GET ?limit=<all>');
    expect(app.queries.total, `queries for ${ids.length} objects vs 1:\n${app.queries.statements.join('\n')}`).toBe(one);
    await expectQueryCount(app, opts.queryCountKey ?? `${opts.model}:list`, () => app.api.get(`${opts.path}?limit=${ids.length}`));
  });
}
