/**
 * URLs and headers: trailing-slash-less URLs answered as the canonical ones, 404 and 405 in
 * NetBox's shape, API-Version and X-Request-ID on every response (errors included, the request id
 * being the one stored on the change records), the API roots, /api/status/ and the seed-era
 * `_choices` endpoints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, LISTS, RULES, mustCreate } from './acl-world.js';

describe('routing, headers and API roots', () => {
  let t: TestApp;
  let listId: number;
  beforeAll(async () => {
    t = await createAclApp();
    listId = (await mustCreate(t, LISTS, { name: 'routing', type: 'extended' })).id;
  });
  afterAll(async () => t?.close());

  it('URLs without the trailing slash are answered the same', async () => {
    const bare = LISTS.slice(0, -1);
    const [withSlash, without] = [await t.api.get(LISTS), await t.api.get(bare)];
    expect(without.status).toBe(200);
    expect(without.body).toEqual(withSlash.body);
    expect((await t.api.get(`${bare}/${listId}`)).body).toEqual((await t.api.get(`${LISTS}${listId}/`)).body);
    expect((await t.api.get(`${bare}?name=routing`)).body.count).toBe(1);
    const created = await t.api.post(bare, { name: 'no-slash', type: 'standard' });
    expect(created.status).toBe(201);
    expect((await t.api.patch(`${bare}/${created.body.id}`, { description: 'x' })).body.description).toBe('x');
    expect((await t.api.delete(`${bare}/${created.body.id}`)).status).toBe(204);
    expect((await t.api.get('/api')).status).toBe(200);
    expect((await t.api.get('/api/plugins/acl')).status).toBe(200);
  });

  it.each([
    '/api/plugins/acl/nope/', '/api/nope/', '/nope', `${LISTS}999999/`, `${LISTS}abc/`, `${LISTS}-1/`, `${LISTS}${'9'.repeat(30)}/`,
    `${LISTS}1/extra/`, '/api/plugins/nope/access-lists/', '/api/plugins/acl/_choices/accesslist:nope/',
  ])('unknown URL %s answers 404 {"detail": "Not found."}', async (path) => {
    const res = await t.api.get(path);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ detail: 'Not found.' });
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('read-only resources answer 405 to writes, on list and detail URLs', async () => {
    const change = (await t.api.get('/api/core/object-changes/?limit=1')).body.results[0];
    for (const [method, path] of [
      ['POST', '/api/core/object-changes/'], ['PUT', '/api/core/object-changes/'], ['PATCH', '/api/core/object-changes/'], ['DELETE', '/api/core/object-changes/'],
      ['PUT', `/api/core/object-changes/${change.id}/`], ['PATCH', `/api/core/object-changes/${change.id}/`], ['DELETE', `/api/core/object-changes/${change.id}/`],
    ]) {
      const res = await t.api.request(method!, path!, method === 'DELETE' ? undefined : { action: 'delete' });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.body, `${method} ${path}`).toEqual({ detail: `Method "${method}" not allowed.` });
    }
    // The change record is still there.
    expect((await t.api.get(`/api/core/object-changes/${change.id}/`)).status).toBe(200);
  });

  it('a known URL with a method it does not serve answers 405', async () => {
    for (const [method, path] of [['PUT', '/api/status/'], ['DELETE', '/api/'], ['POST', '/api/plugins/acl/'], ['POST', `${LISTS}${listId}/`], ['DELETE', '/api/plugins/acl/_choices/']]) {
      const res = await t.api.request(method!, path!, method === 'POST' ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.body.detail, `${method} ${path}`).toMatch(/not allowed/);
    }
  });

  it('every response carries API-Version and X-Request-ID, errors included', async () => {
    const responses = [
      await t.api.get(LISTS), // 200
      await t.api.post(LISTS, { name: 'headers', type: 'extended' }), // 201
      await t.api.post(LISTS, { name: 'headers' }), // 400
      await t.anonymous.get(LISTS), // 403
      await t.api.get(LISTS, { auth: 'Token 0000000000000000000000000000000000000000' }), // 403 (bad token)
      await t.api.get('/api/nope/'), // 404
      await t.api.post('/api/core/object-changes/', {}), // 405
      await t.api.post(LISTS, undefined, { raw: '{"name":', headers: { 'content-type': 'application/json' } }), // 400 parse error
      await t.api.post(LISTS, undefined, { raw: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), // 415
      await t.api.options(LISTS),
      await t.api.get('/nope'),
    ];
    const ids = new Set<string>();
    for (const res of responses) {
      expect(res.headers.get('api-version'), String(res.status)).toBe('4.2');
      const rid = res.headers.get('x-request-id');
      expect(rid, String(res.status)).toMatch(/^[0-9a-f-]{36}$/);
      ids.add(rid!);
    }
    expect(ids.size).toBe(responses.length);
    expect(responses.map((r) => r.status)).toEqual([200, 201, 400, 403, 403, 404, 405, 400, 415, 200, 404]);
    expect(responses[7]!.body.detail).toMatch(/^JSON parse error/);
    expect(responses[8]!.body).toEqual({ detail: 'Unsupported media type "application/x-www-form-urlencoded" in request.' });
  });

  it('X-Request-ID is the request id of the change records the request wrote', async () => {
    const res = await t.api.post(RULES, [
      { access_list: listId, index: 10, action: 'permit' },
      { access_list: listId, index: 20, action: 'deny' },
    ]);
    expect(res.status).toBe(201);
    const rid = res.headers.get('x-request-id')!;
    const changes = await t.api.get(`/api/core/object-changes/?request_id=${rid}`);
    expect(changes.body.count).toBe(2);
    expect(changes.body.results.every((c: { request_id: string }) => c.request_id === rid)).toBe(true);
  });

  it('/api/ lists the apps, /api/plugins/ the plugins, /api/plugins/acl/ its endpoints, all absolute', async () => {
    const root = await t.api.get('/api/');
    expect(root.status).toBe(200);
    expect(root.body).toEqual({
      core: `${t.baseUrl}/api/core/`, plugins: `${t.baseUrl}/api/plugins/`, status: `${t.baseUrl}/api/status/`, users: `${t.baseUrl}/api/users/`,
      ...Object.fromEntries(Object.keys(root.body).filter((k) => !['core', 'plugins', 'status', 'users'].includes(k)).map((k) => [k, `${t.baseUrl}/api/${k}/`])),
    });
    const plugins = await t.api.get('/api/plugins/');
    expect(plugins.body).toMatchObject({ 'installed-plugins': `${t.baseUrl}/api/plugins/installed-plugins/`, acl: `${t.baseUrl}/api/plugins/acl/` });
    const acl = await t.api.get('/api/plugins/acl/');
    expect(acl.body).toEqual({ 'access-list-rules': `${t.baseUrl}${RULES}`, 'access-lists': `${t.baseUrl}${LISTS}` });
    const installed = await t.api.get('/api/plugins/installed-plugins/');
    expect(installed.body).toContainEqual(expect.objectContaining({ name: 'acl', version: '1.0.0' }));
    // Every endpoint the roots name answers.
    for (const url of [...Object.values(acl.body), root.body.core] as string[]) expect((await t.api.get(url.slice(t.baseUrl.length))).status, url).toBe(200);
  });

  it('/api/status/ reports versions, the database and the plugins', async () => {
    const res = await t.api.get('/api/status/');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ 'netbox-version': '4.2', 'node-version': process.version });
    expect(res.body['patchbay-version']).toMatch(/^\d+\.\d+\.\d+/);
    expect(res.body['postgresql-version']).toMatch(/PostgreSQL/);
    expect(res.body.plugins).toMatchObject({ acl: '1.0.0' });
    expect(typeof res.body['workers-running']).toBe('number');
  });

  it('the roots are not for anonymous clients while LOGIN_REQUIRED is on', async () => {
    for (const path of ['/api/', '/api/plugins/', '/api/plugins/acl/', '/api/plugins/acl/_choices/', LISTS]) {
      const res = await t.anonymous.get(path);
      expect(res.status, path).toBe(403);
      expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
    }
  });

  it('/_choices/ lists every choice field of the app; /_choices/<model>:<field>/ one of them', async () => {
    const all = await t.api.get('/api/plugins/acl/_choices/');
    expect(all.status).toBe(200);
    expect(Object.keys(all.body).sort()).toEqual(['accesslist:default_action', 'accesslist:type', 'accesslistrule:action', 'accesslistrule:protocol']);
    expect(all.body['accesslistrule:action']).toEqual([{ value: 'deny', label: 'Deny' }, { value: 'permit', label: 'Permit' }, { value: 'remark', label: 'Remark' }]);
    const one = await t.api.get('/api/plugins/acl/_choices/accesslist:type/');
    expect(one.status).toBe(200);
    expect(one.body).toEqual([{ value: 'extended', label: 'Extended' }, { value: 'standard', label: 'Standard' }]);
    expect((await t.api.get('/api/plugins/acl/_choices/accesslist:type')).body).toEqual(one.body);
    expect((await t.api.get('/api/core/_choices/objectchange:action/')).body.map((c: { value: string }) => c.value)).toEqual(['create', 'update', 'delete']);
  });
});
