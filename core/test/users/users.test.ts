/**
 * `/api/users/users/` and `/api/users/groups/`: NetBox's shapes, the password written but never
 * shown (stored as Argon2id, checked through token provisioning), groups and permissions written
 * as ids, and the guard on superuser status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('users and groups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const provision = (username: string, password: string) => t.anonymous.post('/api/users/tokens/provision/', { username, password });
  const noPassword = (json: unknown) => expect(JSON.stringify(json)).not.toMatch(/password|argon2/);

  it('creates a user with NetBox 4.x fields and no password in the response', async () => {
    const res = await t.api.post('/api/users/users/', { username: 'alice', password: 'correct horse', first_name: 'Alice', last_name: 'Liddell', email: 'alice@example.com' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(Object.keys(res.body)).toEqual([
      'id', 'url', 'display_url', 'display', 'username', 'first_name', 'last_name', 'email',
      'is_staff', 'is_active', 'is_superuser', 'date_joined', 'last_login', 'groups', 'permissions',
    ]);
    expect(res.body).toMatchObject({ username: 'alice', display: 'alice (Alice Liddell)', is_active: true, is_staff: false, groups: [], permissions: [] });
    noPassword(res.body);
  });

  it('stores the password as an Argon2id hash that provisioning verifies', async () => {
    await t.api.post('/api/users/users/', { username: 'hashed', password: 'pa55word!' });
    const row = await t.knex('users_user').where('username', 'hashed').first();
    expect(row.password).toMatch(/^\$argon2id\$/);
    expect(row.password).not.toContain('pa55word!');
    expect((await provision('hashed', 'pa55word!')).status).toBe(201);
    expect((await provision('hashed', 'wrong')).status).toBe(403);
  });

  it('never shows the password: list, detail, brief, ?fields=, update responses', async () => {
    const created = await t.api.post('/api/users/users/', { username: 'quiet', password: 'shh-secret' });
    const id = created.body.id;
    for (const path of ['/api/users/users/', `/api/users/users/${id}/`, '/api/users/users/?brief=true', `/api/users/users/${id}/?fields=id,password`]) {
      const res = await t.api.get(path);
      expect(res.status, path).toBe(200);
      noPassword(res.body);
    }
    const fields = await t.api.get(`/api/users/users/${id}/?fields=password`);
    expect(fields.body.password).toBeUndefined();
    const patched = await t.api.patch(`/api/users/users/${id}/`, { password: 'new-secret' });
    expect(patched.status).toBe(200);
    noPassword(patched.body);
  });

  it('re-hashes a changed password: the new one works, the old one no longer does', async () => {
    const { body } = await t.api.post('/api/users/users/', { username: 'rotate', password: 'first-pass' });
    expect((await provision('rotate', 'first-pass')).status).toBe(201);
    const before = (await t.knex('users_user').where('id', body.id).first()).password;
    expect((await t.api.patch(`/api/users/users/${body.id}/`, { email: 'r@example.com' })).status).toBe(200);
    expect((await t.knex('users_user').where('id', body.id).first()).password).toBe(before);
    expect((await t.api.patch(`/api/users/users/${body.id}/`, { password: 'second-pass' })).status).toBe(200);
    expect((await provision('rotate', 'second-pass')).status).toBe(201);
    const old = await provision('rotate', 'first-pass');
    expect(old.status).toBe(403);
    expect(old.body).toEqual({ detail: 'Invalid username/password' });
  });

  it('requires a non-blank password on create and on PUT, not on PATCH', async () => {
    const missing = await t.api.post('/api/users/users/', { username: 'nopass' });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ password: ['This field is required.'] });
    const blank = await t.api.post('/api/users/users/', { username: 'blankpass', password: '' });
    expect(blank.status).toBe(400);
    expect(blank.body.password).toEqual(['This field may not be blank.']);
    const { body } = await t.api.post('/api/users/users/', { username: 'putter', password: 'pw-putter' });
    const put = await t.api.put(`/api/users/users/${body.id}/`, { username: 'putter' });
    expect(put.status).toBe(400);
    expect(put.body.password).toEqual(['This field is required.']);
    expect((await t.api.patch(`/api/users/users/${body.id}/`, { first_name: 'P' })).status).toBe(200);
  });

  it('validates usernames and keeps them unique', async () => {
    const bad = await t.api.post('/api/users/users/', { username: 'has space', password: 'x1' });
    expect(bad.status).toBe(400);
    expect(bad.body.username).toBeDefined();
    await t.api.post('/api/users/users/', { username: 'twin', password: 'x1' });
    const dup = await t.api.post('/api/users/users/', { username: 'twin', password: 'x2' });
    expect(dup.status).toBe(400);
    expect(dup.body.username).toBeDefined();
  });

  it('writes groups and permissions as ids and shows them nested', async () => {
    const g1 = await t.api.post('/api/users/groups/', { name: 'netops', description: 'Network operations' });
    const g2 = await t.api.post('/api/users/groups/', { name: 'auditors' });
    const perm = await t.api.post('/api/users/permissions/', { name: 'see groups', object_types: ['users.group'], actions: ['view'] });
    const res = await t.api.post('/api/users/users/', { username: 'member', password: 'pw-member', groups: [g1.body.id, { name: 'auditors' }], permissions: [perm.body.id] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.groups.map((g: any) => g.name)).toEqual(['auditors', 'netops']);
    expect(Object.keys(res.body.groups[0])).toEqual(['id', 'url', 'display', 'name', 'description']);
    expect(res.body.permissions).toEqual([
      expect.objectContaining({ id: perm.body.id, name: 'see groups', enabled: true, object_types: ['users.group'], actions: ['view'] }),
    ]);
    const unknown = await t.api.patch(`/api/users/users/${res.body.id}/`, { groups: [999999] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.groups).toBeDefined();
    const cleared = await t.api.patch(`/api/users/users/${res.body.id}/`, { groups: [] });
    expect(cleared.body.groups).toEqual([]);
    expect(g2.status).toBe(201);
  });

  it('filters users by group, permission, flags and text', async () => {
    const g = await t.api.post('/api/users/groups/', { name: 'filter-group' });
    const p = await t.api.post('/api/users/permissions/', { name: 'filter-perm', object_types: ['users.user'], actions: ['view'] });
    await t.api.post('/api/users/users/', { username: 'f-in-group', password: 'pw', groups: [g.body.id] });
    await t.api.post('/api/users/users/', { username: 'f-with-perm', password: 'pw', permissions: [p.body.id], is_active: false });
    const usernames = async (qs: string) => (await t.api.get(`/api/users/users/?${qs}`)).body.results.map((u: any) => u.username);
    expect(await usernames(`group_id=${g.body.id}`)).toEqual(['f-in-group']);
    expect(await usernames('group=filter-group')).toEqual(['f-in-group']);
    expect(await usernames(`permission_id=${p.body.id}`)).toEqual(['f-with-perm']);
    expect(await usernames('username__isw=f-&is_active=false')).toEqual(['f-with-perm']);
    expect(await usernames(`username__isw=f-&group_id__n=${g.body.id}`)).toEqual(['f-with-perm']);
    expect(await usernames('q=f-in')).toEqual(['f-in-group']);
  });

  it('lets only a superuser grant superuser status or change a superuser', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['users.user'], actions: ['view', 'add', 'change'] }] });
    const plain = await client.post('/api/users/users/', { username: 'created-by-manager', password: 'pw-1' });
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    const escalate = await client.post('/api/users/users/', { username: 'wannabe-root', password: 'pw-2', is_superuser: true });
    expect(escalate.status).toBe(403);
    expect(await t.knex('users_user').where('username', 'wannabe-root').first()).toBeUndefined();
    const promote = await client.patch(`/api/users/users/${plain.body.id}/`, { is_superuser: true });
    expect(promote.status).toBe(403);
    expect((await t.knex('users_user').where('id', plain.body.id).first()).is_superuser).toBe(false);
    const byAdmin = await t.api.patch(`/api/users/users/${plain.body.id}/`, { is_superuser: true });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.is_superuser).toBe(true);
    // Nor may a non-superuser take over a superuser's account by resetting its password.
    const takeover = await client.patch(`/api/users/users/${plain.body.id}/`, { password: 'mine-now' });
    expect(takeover.status).toBe(403);
    expect((await provision('created-by-manager', 'mine-now')).status).toBe(403);
    expect((await provision('created-by-manager', 'pw-1')).status).toBe(201);
  });

  it('deletes a user together with their tokens', async () => {
    const { body } = await t.api.post('/api/users/users/', { username: 'leaver', password: 'pw-leaver' });
    const token = await provision('leaver', 'pw-leaver');
    expect((await t.api.delete(`/api/users/users/${body.id}/`)).status).toBe(204);
    expect(await t.knex('users_token').where('id', token.body.id).first()).toBeUndefined();
    expect((await t.api.as(`Token ${token.body.token}`).get('/api/users/groups/')).status).toBe(403);
  });

  it('shows groups with their permissions and user count', async () => {
    const perm = await t.api.post('/api/users/permissions/', { name: 'group perm', object_types: ['users.user'], actions: ['view'] });
    const g = await t.api.post('/api/users/groups/', { name: 'counted', permissions: [perm.body.id] });
    expect(g.status, JSON.stringify(g.body)).toBe(201);
    expect(Object.keys(g.body)).toEqual(['id', 'url', 'display_url', 'display', 'name', 'description', 'permissions', 'user_count']);
    expect(g.body.permissions.map((p: any) => p.name)).toEqual(['group perm']);
    expect(g.body.user_count).toBe(0);
    await t.api.post('/api/users/users/', { username: 'counted-1', password: 'pw', groups: [g.body.id] });
    await t.api.post('/api/users/users/', { username: 'counted-2', password: 'pw', groups: [g.body.id] });
    expect((await t.api.get(`/api/users/groups/${g.body.id}/`)).body.user_count).toBe(2);
    const byPerm = await t.api.get(`/api/users/groups/?permission_id=${perm.body.id}`);
    expect(byPerm.body.results.map((x: any) => x.name)).toEqual(['counted']);
    const member = await t.knex('users_user').where('username', 'counted-1').first();
    const byUser = await t.api.get(`/api/users/groups/?user_id=${member.id}`);
    expect(byUser.body.results.map((x: any) => x.name)).toEqual(['counted']);
    const brief = await t.api.get(`/api/users/groups/${g.body.id}/?brief=true`);
    expect(Object.keys(brief.body)).toEqual(['id', 'url', 'display', 'name', 'description']);
  });
});
