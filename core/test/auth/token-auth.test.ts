/**
 * Token authentication over HTTP: v1 (`Token <40 hex>`) and v2 (`Bearer nbt_<key>.<secret>`)
 * headers, NetBox's 403 bodies, and every per-token restriction (expiry, enabled, allowed IPs,
 * write ability, the owner's account being active).
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

const SECRET_KEY = 'test-secret-key-0123456789abcdef'; // createTestApp's default

describe('token authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  /** Creates a token for the superuser through the API and returns its Authorization header and id. */
  async function newToken(fields: Record<string, unknown> = {}): Promise<{ header: string; id: number; body: any }> {
    const res = await t.api.post('/api/users/tokens/', fields);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const header = res.body.version === 2 ? `Bearer nbt_${res.body.key}.${res.body.token}` : `Token ${res.body.token}`;
    return { header, id: res.body.id, body: res.body };
  }

  it('accepts a v1 token as "Token <40 hex>"', async () => {
    const { header, body } = await newToken();
    expect(body.token).toMatch(/^[0-9a-f]{40}$/);
    const res = await t.api.as(header).get('/api/users/users/');
    expect(res.status).toBe(200);
  });

  it('accepts a v2 token as "Bearer nbt_<key>.<secret>"', async () => {
    const { header, body } = await newToken({ version: 2 });
    expect(body.key).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(body.token).toMatch(/^[A-Za-z0-9]{40}$/);
    const res = await t.api.as(header).get('/api/users/users/');
    expect(res.status).toBe(200);
  });

  it('stores only the HMAC-SHA256 digest of the secret', async () => {
    const v1 = await newToken();
    const v2 = await newToken({ version: 2 });
    const rows = await t.knex('users_token').whereIn('id', [v1.id, v2.id]).orderBy('id');
    expect(rows[0].hmac_digest).toBe(createHmac('sha256', SECRET_KEY).update(v1.body.token).digest('hex'));
    expect(rows[1].hmac_digest).toBe(createHmac('sha256', SECRET_KEY).update(v2.body.token).digest('hex'));
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(v1.body.token);
    expect(stored).not.toContain(v2.body.token);
  });

  it('answers 403 "Invalid token" for an unknown v1 token', async () => {
    const res = await t.api.as(`Token ${'0'.repeat(40)}`).get('/api/users/users/');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Invalid token' });
  });

  it('answers 403 "Invalid token" for a v2 token with a wrong secret or an unknown key', async () => {
    const { body } = await newToken({ version: 2 });
    const wrongSecret = await t.api.as(`Bearer nbt_${body.key}.${'A'.repeat(40)}`).get('/api/users/users/');
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.body).toEqual({ detail: 'Invalid token' });
    const unknownKey = await t.api.as(`Bearer nbt_ZZZZZZZZZZZZ.${body.token}`).get('/api/users/users/');
    expect(unknownKey.status).toBe(403);
    expect(unknownKey.body).toEqual({ detail: 'Invalid token' });
  });

  it('refuses malformed Authorization headers with a 403 hint', async () => {
    for (const header of ['Token', 'Bearer abc', 'Basic dXNlcjpwYXNz', `Token nbt_abc.def`]) {
      const res = await t.api.as(header).get('/api/users/users/');
      expect(res.status, header).toBe(403);
      expect(typeof res.body.detail).toBe('string');
    }
  });

  it('answers 403 "Authentication credentials were not provided." without credentials', async () => {
    const res = await t.anonymous.get('/api/users/users/');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
    const write = await t.anonymous.post('/api/users/groups/', { name: 'anon' });
    expect(write.status).toBe(403);
    expect(write.body).toEqual({ detail: 'Authentication credentials were not provided.' });
  });

  it('refuses an expired token', async () => {
    const { header, id } = await newToken({ expires: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await t.api.as(header).get('/api/users/users/')).status).toBe(200);
    // An existing token may be given a past expiry (only new tokens must expire in the future).
    const lapse = await t.api.patch(`/api/users/tokens/${id}/`, { expires: '2020-01-01T00:00:00Z' });
    expect(lapse.status, JSON.stringify(lapse.body)).toBe(200);
    const res = await t.api.as(header).get('/api/users/users/');
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/expired/i);
  });

  it('refuses a disabled token and accepts it again when re-enabled', async () => {
    const { header, id } = await newToken();
    expect((await t.api.patch(`/api/users/tokens/${id}/`, { enabled: false })).status).toBe(200);
    const res = await t.api.as(header).get('/api/users/users/');
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/disabled/i);
    expect((await t.api.patch(`/api/users/tokens/${id}/`, { enabled: true })).status).toBe(200);
    expect((await t.api.as(header).get('/api/users/users/')).status).toBe(200);
  });

  it("refuses the token of an inactive user", async () => {
    const { id, client } = await t.createUser({ permissions: [{ objectTypes: ['users.group'], actions: ['view'] }] });
    expect((await client.get('/api/users/groups/')).status).toBe(200);
    expect((await t.api.patch(`/api/users/users/${id}/`, { is_active: false })).status).toBe(200);
    const res = await client.get('/api/users/groups/');
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/inactive/i);
  });

  it('enforces allowed_ips against the client address', async () => {
    const elsewhere = await newToken({ allowed_ips: ['10.0.0.0/8', '2001:db8::/32'] });
    const refused = await t.api.as(elsewhere.header).get('/api/users/users/');
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/127\.0\.0\.1.*not permitted/);
    const loopback = await newToken({ allowed_ips: ['10.0.0.0/8', '127.0.0.0/8'] });
    expect((await t.api.as(loopback.header).get('/api/users/users/')).status).toBe(200);
    const host = await newToken({ allowed_ips: ['127.0.0.1'] });
    expect(host.body.allowed_ips).toEqual(['127.0.0.1/32']);
    expect((await t.api.as(host.header).get('/api/users/users/')).status).toBe(200);
  });

  it('lets a token without write_enabled read but not write, and writes nothing', async () => {
    const { header } = await newToken({ write_enabled: false });
    const client = t.api.as(header);
    expect((await client.get('/api/users/groups/')).status).toBe(200);
    for (const res of [
      await client.post('/api/users/groups/', { name: 'read-only-attempt' }),
      await client.patch('/api/users/config/', { x: 1 }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/write/);
    }
    expect(await t.knex('users_group').where('name', 'read-only-attempt').first()).toBeUndefined();
  });

  it('records when a token was last used', async () => {
    const { header, id } = await newToken();
    expect((await t.knex('users_token').where('id', id).first()).last_used).toBeNull();
    await t.api.as(header).get('/api/users/groups/');
    expect((await t.knex('users_token').where('id', id).first()).last_used).not.toBeNull();
  });
});
