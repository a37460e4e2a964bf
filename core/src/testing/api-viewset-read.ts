/** The read half of the generated contract: list, retrieve, brief, field selection, OPTIONS, filters. */
import { expect, it } from 'vitest';
import { isWritable } from '../serializers/define-serializer.js';
import { expectStatus, type ViewSetRun } from './api-viewset-context.js';

const STANDARD = new Set(['id', 'url', 'display_url', 'display']);

/** Registers the read tests; `run()` gives the current test's state. */
export function readTests<F>(run: () => ViewSetRun<F>): void {
  it('lists objects: count/next/previous and every field in order', async () => {
    const { app, opts, ids, fields } = run();
    expect(ids.length, 'setup() must create at least three objects').toBeGreaterThanOrEqual(3);
    const res = await app.api.get(opts.path);
    expectStatus(res, 200, `GET ${opts.path}`);
    expect(Object.keys(res.body)).toEqual(['count', 'next', 'previous', 'results']);
    expect(res.body.count).toBe(ids.length);
    expect(res.body.next).toBeNull();
    expect(res.body.previous).toBeNull();
    expect(res.body.results).toHaveLength(ids.length);
    for (const obj of res.body.results) expect(Object.keys(obj)).toEqual([...fields]);

    const first = await app.api.get(`${opts.path}?limit=1`);
    expect(first.body.results).toHaveLength(1);
    expect(first.body.previous).toBeNull();
    const next = new URL(first.body.next);
    expect(next.pathname).toBe(opts.path);
    expect(next.searchParams.get('limit')).toBe('1');
    expect(next.searchParams.get('offset')).toBe('1');
    const second = await app.api.get(`${opts.path}?limit=1&offset=1`);
    expect(second.body.results[0].id).not.toBe(first.body.results[0].id);
    expect(second.body.previous).not.toBeNull();
  });

  it('retrieves one object with every field and an ETag', async () => {
    const { app, ids, fields, detail, resource } = run();
    const res = await app.api.get(detail(ids[0]!));
    expectStatus(res, 200, `GET ${detail(ids[0]!)}`);
    expect(Object.keys(res.body)).toEqual([...fields]);
    expect(res.body.id).toBe(ids[0]);
    expect(new URL(res.body.url).pathname).toBe(detail(ids[0]!));
    if (resource.serializer.fields.includes('last_updated')) expect(res.headers.get('etag')).toMatch(/^W\/".+"$/);
    const missing = await app.api.get(detail(2_000_000_000));
    expectStatus(missing, 404, 'GET of a missing object');
    expect(missing.body).toEqual({ detail: 'Not found.' });
  });

  it('lists and retrieves brief objects with exactly the brief fields', async () => {
    const { app, opts, ids, detail } = run();
    const list = await app.api.get(`${opts.path}?brief=1`);
    expectStatus(list, 200, 'GET ?brief=1');
    expect(list.body.count).toBe(ids.length);
    for (const obj of list.body.results) expect(Object.keys(obj)).toEqual([...opts.briefFields]);
    const one = await app.api.get(`${detail(ids[0]!)}?brief=true`);
    expectStatus(one, 200, 'GET detail ?brief=true');
    expect(Object.keys(one.body)).toEqual([...opts.briefFields]);
  });

  it('selects fields with ?fields= and drops them with ?omit=', async () => {
    const { app, opts, ids, fields, detail } = run();
    const own = fields.filter((f) => !STANDARD.has(f));
    const chosen = [own[0]!, 'id'];
    const picked = await app.api.get(`${opts.path}?fields=${chosen.join(',')}`);
    expectStatus(picked, 200, '?fields=');
    for (const obj of picked.body.results) expect(Object.keys(obj)).toEqual(fields.filter((f) => chosen.includes(f)));
    const dropped = own.slice(0, 2);
    const omitted = await app.api.get(`${detail(ids[0]!)}?omit=${dropped.join(',')}`);
    expectStatus(omitted, 200, '?omit=');
    expect(Object.keys(omitted.body)).toEqual(fields.filter((f) => !dropped.includes(f)));
  });

  it('answers OPTIONS with the writable fields and their choices', async () => {
    const { app, opts, ids, detail, resource, resolve } = run();
    const ser = resource.serializer;
    // Fields a write hook reads from the body (a writeSchema) are writable too.
    const writable = ser.fields.filter((f) => isWritable(f, ser.specs[f]!) || ser.specs[f]!.writeSchema);
    const list = await app.api.options(opts.path);
    expectStatus(list, 200, `OPTIONS ${opts.path}`);
    const post = list.body.actions?.POST ?? {};
    expect(Object.keys(post)).toEqual(writable);
    for (const key of Object.keys(resolve(opts.createData)[0]!)) if (writable.includes(key)) expect(post).toHaveProperty(key);
    for (const f of writable) {
      if (ser.specs[f]!.kind !== 'choice') continue;
      expect(post[f].choices.length, `${f} choices`).toBeGreaterThan(0);
      for (const c of post[f].choices) expect(Object.keys(c)).toEqual(['value', 'display_name']);
    }
    const one = await app.api.options(detail(ids[0]!));
    expectStatus(one, 200, 'OPTIONS detail');
    expect(Object.keys(one.body.actions?.PUT ?? {})).toEqual(writable);
  });

  it('filters (and refuses unknown filters)', async () => {
    const { app, opts, resolve, count } = run();
    const filters = opts.filters ? resolve(opts.filters) : {};
    for (const [query, expected] of Object.entries(filters)) expect(await count(query), `?${query}`).toBe(expected);
    const unknown = await app.api.get(`${opts.path}?no_such_filter=1`);
    expectStatus(unknown, 400, 'an unknown filter');
    expect(unknown.body).toEqual({ no_such_filter: ['Unknown filter.'] });
  });
}
