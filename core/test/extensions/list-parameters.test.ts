/**
 * The `listParameters` extension point: a plugin's query parameters on every list endpoint —
 * never taken for filters, `prepare` rewriting what the list is filtered with, `respond`
 * answering instead of the JSON page — and routes mounted at the site root with extra headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, type ListParameter } from '@patchbay/core';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { aclPlugin } from '@patchbay/example-plugin-acl';

/** `?named=x` filters by name (through prepare); `?names=1` answers the whole list as text. */
const named: ListParameter = {
  name: 'toy.named',
  params: ['named'],
  openapi: [{ name: 'named', description: 'Only the object with this name.', schema: { type: 'string' } }],
  async prepare(_c, _resource, params) {
    if (!params.has('named')) return params;
    const out = new URLSearchParams(params);
    out.set('name', params.get('named')!);
    return out;
  },
};
const names: ListParameter = {
  name: 'toy.names',
  params: ['names'],
  appliesTo: (model) => model.label === 'acl.accesslist',
  async respond(_c, _resource, params, list) {
    if (params.get('names') !== '1') return undefined;
    const rows = await list.all({ cap: 2 });
    return { type: 'text/plain', body: rows.map((r) => r.name).join(','), headers: { 'X-Toy': 'yes' } };
  },
};

const toyListPlugin = definePlugin({
  name: 'toy-list',
  version: '0.1.0',
  compatibility: '>=0.1.0 <1.0.0',
  dependsOn: ['acl'],
  routes: [defineRoute({ method: 'GET', path: '/toy-root/:x', root: true, async handler(req) { return { body: { x: req.params.x, raw: Boolean(req.raw) }, headers: { 'X-Root': '1' } }; } })],
  extends: { listParameters: [named, names] },
});

describe('list parameters contributed by a plugin', () => {
  let t: TestApp;
  const ACLS = '/api/plugins/acl/access-lists/';
  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin, toyListPlugin], config: { pluginsConfig: { acl: { assignable_types: ['users.group'] } } } });
    for (const name of ['a', 'b', 'c']) await t.api.post(ACLS, { name, type: 'standard' });
  });
  afterAll(async () => t?.close());

  it('rewrites the filter parameters with prepare, keeping the request\'s in the paging links', async () => {
    const res = await t.api.get(`${ACLS}?named=b&limit=1`);
    expect(res.body.results.map((r: { name: string }) => r.name)).toEqual(['b']);
    const page = await t.api.get(`${ACLS}?named=b&limit=0`);
    expect(page.body.count).toBe(1);
  });

  it('answers with respond (the whole filtered list, no paging), and only where it applies', async () => {
    const res = await t.api.get(`${ACLS}?names=1&name__n=c&limit=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-toy')).toBe('yes');
    expect(res.body).toBe('a,b');
    // Its parameter is not a filter anywhere; `undefined` lets the JSON list proceed.
    expect((await t.api.get(`${ACLS}?names=0`)).body.count).toBe(3);
    expect((await t.api.get('/api/users/groups/?names=1')).status).toBe(200);
    // More than the cap: 400.
    expect((await t.api.get(`${ACLS}?names=1`)).status).toBe(400);
  });

  it('documents the parameters on the list operations', async () => {
    const doc = await t.api.get('/api/schema/?format=json');
    const params = (doc.body.paths[ACLS].get.parameters as { name: string }[]).map((p) => p.name);
    expect(params).toContain('named');
    expect(doc.body.paths['/toy-root/{x}']).toBeUndefined();
  });

  it('mounts root routes outside /api with their headers and the raw request', async () => {
    const res = await t.api.get('/toy-root/abc');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-root')).toBe('1');
    expect(res.body).toEqual({ x: 'abc', raw: true });
  });
});
