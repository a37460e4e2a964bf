/** `/api/users/config/` (each user's own preferences, deep-merged) and `/api/authentication-check/`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('user config', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('starts empty and deep-merges each PATCH', async () => {
    const { client } = await t.createUser({ username: 'prefs' });
    expect((await client.get('/api/users/config/')).body).toEqual({});
    const first = await client.patch('/api/users/config/', { tables: { DeviceTable: { columns: ['name', 'status'] } }, ui: { theme: 'dark' } });
    expect(first.status).toBe(200);
    const second = await client.patch('/api/users/config/', { tables: { SiteTable: { columns: ['name'] } }, ui: { theme: 'light', density: 'compact' } });
    expect(second.body).toEqual({
      tables: { DeviceTable: { columns: ['name', 'status'] }, SiteTable: { columns: ['name'] } },
      ui: { theme: 'light', density: 'compact' },
    });
    // Lists and scalars replace rather than merge.
    const third = await client.patch('/api/users/config/', { tables: { DeviceTable: { columns: ['id'] } }, ui: 'reset' });
    expect(third.body).toEqual({ tables: { DeviceTable: { columns: ['id'] }, SiteTable: { columns: ['name'] } }, ui: 'reset' });
    expect((await client.get('/api/users/config/')).body).toEqual(third.body);
  });

  it("keeps each user's config to themselves", async () => {
    const a = await t.createUser({ username: 'prefs-a' });
    const b = await t.createUser({ username: 'prefs-b' });
    await a.client.patch('/api/users/config/', { mine: 'a' });
    expect((await b.client.get('/api/users/config/')).body).toEqual({});
    expect((await a.client.get('/api/users/config/')).body).toEqual({ mine: 'a' });
  });

  it('rejects a body that is not an object and anonymous clients', async () => {
    const { client } = await t.createUser({});
    const list = await client.patch('/api/users/config/', ['x']);
    expect(list.status).toBe(400);
    expect(list.body.non_field_errors).toBeDefined();
    const anon = await t.anonymous.get('/api/users/config/');
    expect(anon.status).toBe(403);
    expect(anon.body).toEqual({ detail: 'Authentication credentials were not provided.' });
  });

  it('does not let a read-only token change the config', async () => {
    const { client } = await t.createUser({ writeEnabled: false });
    expect((await client.patch('/api/users/config/', { a: 1 })).status).toBe(403);
    expect((await client.get('/api/users/config/')).body).toEqual({});
  });
});

describe('authentication check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { loginRequired: false } });
  });
  afterAll(async () => t?.close());

  it('returns the authenticated user, even without permission on users', async () => {
    const { id, client } = await t.createUser({ username: 'whoami' });
    const res = await client.get('/api/authentication-check/');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, username: 'whoami', display: 'whoami', is_superuser: false });
    expect(res.body.password).toBeUndefined();
    expect((await client.get(`/api/users/users/${id}/`)).status).toBe(403);
    const admin = await t.api.get('/api/authentication-check/');
    expect(admin.body).toMatchObject({ username: 'admin', is_superuser: true });
  });

  it('refuses anonymous clients even when login is not required, and bad tokens', async () => {
    const anon = await t.anonymous.get('/api/authentication-check/');
    expect(anon.status).toBe(403);
    expect(anon.body).toEqual({ detail: 'Authentication credentials were not provided.' });
    const bad = await t.api.as(`Token ${'1'.repeat(40)}`).get('/api/authentication-check/');
    expect(bad.status).toBe(403);
    expect(bad.body).toEqual({ detail: 'Invalid token' });
  });
});
