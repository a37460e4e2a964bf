/** `POST /api/users/tokens/provision/`: username + password → a new token for that account. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

const PROVISION = '/api/users/tokens/provision/';

describe('token provisioning', () => {
  let t: TestApp;
  let operatorId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.api.post('/api/users/users/', { username: 'operator', password: 'op-password-1' });
    operatorId = res.body.id;
  });
  afterAll(async () => t?.close());

  it('creates a token for the account without any other credentials', async () => {
    const res = await t.anonymous.post(PROVISION, { username: 'operator', password: 'op-password-1' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ version: 1, user: { id: operatorId, username: 'operator' }, enabled: true, write_enabled: true });
    expect(res.body.token).toMatch(/^[0-9a-f]{40}$/);
    expect(res.body.key).toBe(res.body.token);
    // The new token works, and the user sees it among their own tokens.
    const mine = await t.api.as(`Token ${res.body.token}`).get('/api/users/tokens/');
    expect(mine.status).toBe(200);
    expect(mine.body.results.map((x: any) => x.id)).toContain(res.body.id);
  });

  it('takes the optional token fields, including a v2 token', async () => {
    const expires = new Date(Date.now() + 3_600_000).toISOString();
    const res = await t.anonymous.post(PROVISION, {
      username: 'operator', password: 'op-password-1', version: 2, description: 'from ansible', write_enabled: false, expires, allowed_ips: ['127.0.0.1/32'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ version: 2, description: 'from ansible', write_enabled: false, expires, allowed_ips: ['127.0.0.1/32'] });
    const client = t.api.as(`Bearer nbt_${res.body.key}.${res.body.token}`);
    expect((await client.get('/api/users/tokens/')).status).toBe(200);
    expect((await client.post('/api/users/tokens/', {})).status).toBe(403);
  });

  it('answers 403 "Invalid username/password" for a wrong password, an unknown user or an inactive account', async () => {
    await t.api.post('/api/users/users/', { username: 'retired', password: 'old-password', is_active: false });
    const before = await t.knex('users_token').count({ n: '*' });
    for (const body of [
      { username: 'operator', password: 'wrong' },
      { username: 'nobody', password: 'op-password-1' },
      { username: 'retired', password: 'old-password' },
    ]) {
      const res = await t.anonymous.post(PROVISION, body);
      expect(res.status, body.username).toBe(403);
      expect(res.body).toEqual({ detail: 'Invalid username/password' });
    }
    expect(await t.knex('users_token').count({ n: '*' })).toEqual(before);
  });

  it('requires username and password', async () => {
    const res = await t.anonymous.post(PROVISION, { username: 'operator' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ password: ['This field is required.'] });
    const blank = await t.anonymous.post(PROVISION, { username: '', password: '' });
    expect(blank.status).toBe(400);
    expect(blank.body).toEqual({ username: ['This field may not be blank.'], password: ['This field may not be blank.'] });
    const notObject = await t.anonymous.post(PROVISION, ['operator']);
    expect(notObject.status).toBe(400);
  });

  it('validates the token fields like the tokens endpoint', async () => {
    const res = await t.anonymous.post(PROVISION, { username: 'operator', password: 'op-password-1', expires: '2000-01-01T00:00:00Z' });
    expect(res.status).toBe(400);
    expect(res.body.expires).toBeDefined();
  });

  it('always issues the token to the authenticated account, whatever `user` says', async () => {
    const adminId = (await t.knex('users_user').where('username', 'admin').first()).id;
    const res = await t.anonymous.post(PROVISION, { username: 'operator', password: 'op-password-1', user: adminId });
    expect(res.status).toBe(201);
    expect(res.body.user.id).toBe(operatorId);
  });
});
