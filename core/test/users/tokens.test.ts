/**
 * `/api/users/tokens/`: issuing v1 and v2 tokens (plaintext returned once), the owner defaulting
 * to the requesting user, NetBox's grant_token rule, validation of allowed_ips and expiry, the
 * default "own tokens only" permissions, and what an update may not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

const TOKENS = '/api/users/tokens/';
const future = () => new Date(Date.now() + 86_400_000).toISOString();

describe('tokens', () => {
  let t: TestApp;
  let adminId: number;
  beforeAll(async () => {
    t = await createTestApp();
    adminId = Number((await t.knex('users_user').where('username', 'admin').first()).id);
  });
  afterAll(async () => t?.close());

  it('issues a v1 token by default and shows the plaintext only in the create response', async () => {
    const res = await t.api.post(TOKENS, { description: 'ci' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(Object.keys(res.body)).toEqual([
      'id', 'url', 'display_url', 'display', 'version', 'key', 'user', 'description', 'created', 'expires',
      'last_used', 'enabled', 'write_enabled', 'allowed_ips', 'token',
    ]);
    expect(res.body).toMatchObject({ version: 1, description: 'ci', enabled: true, write_enabled: true, user: { id: adminId, username: 'admin' } });
    expect(res.body.token).toMatch(/^[0-9a-f]{40}$/);
    // NetBox 4.2 clients (pynetbox's create_token) read a v1 token from `key`.
    expect(res.body.key).toBe(res.body.token);
    const again = await t.api.get(`${TOKENS}${res.body.id}/`);
    expect(again.body.token).toBeUndefined();
    expect(again.body.key).toBeNull();
    expect(JSON.stringify((await t.api.get(TOKENS)).body)).not.toContain(res.body.token);
  });

  it('issues a v2 token with a public key and a secret usable as a Bearer token', async () => {
    const res = await t.api.post(TOKENS, { version: 2 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.key).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(res.body.display).toBe(res.body.key);
    expect(res.body.token).toMatch(/^[A-Za-z0-9]{40}$/);
    expect((await t.api.as(`Bearer nbt_${res.body.key}.${res.body.token}`).get('/api/users/groups/')).status).toBe(200);
    const again = await t.api.get(`${TOKENS}${res.body.id}/`);
    expect(again.body.key).toBe(res.body.key);
    expect(again.body.token).toBeUndefined();
  });

  it("accepts a client's own 40-character token (`token`, or a v1 `key` as in NetBox 4.2)", async () => {
    const mine = 'abcdef0123456789abcdef0123456789abcdef01';
    const v1 = await t.api.post(TOKENS, { token: mine });
    expect(v1.status, JSON.stringify(v1.body)).toBe(201);
    expect((await t.api.as(`Token ${mine}`).get('/api/users/groups/')).status).toBe(200);
    const legacy = 'fedcba9876543210fedcba9876543210fedcba98';
    expect((await t.api.post(TOKENS, { key: legacy })).status).toBe(201);
    expect((await t.api.as(`Token ${legacy}`).get('/api/users/groups/')).status).toBe(200);
    const dup = await t.api.post(TOKENS, { token: mine });
    expect(dup.status).toBe(400);
    expect(dup.body.token).toBeDefined();
    const short = await t.api.post(TOKENS, { token: 'too-short' });
    expect(short.status).toBe(400);
    expect(short.body.token).toEqual(['A token must be 40 letters and digits.']);
    const v2 = await t.api.post(TOKENS, { version: 2, token: 'Z'.repeat(40) });
    expect(v2.status).toBe(201);
    expect((await t.api.as(`Bearer nbt_${v2.body.key}.${'Z'.repeat(40)}`).get('/api/users/groups/')).status).toBe(200);
  });

  it('rejects an unknown version', async () => {
    const res = await t.api.post(TOKENS, { version: 3 });
    expect(res.status).toBe(400);
    expect(res.body.version).toBeDefined();
  });

  it('validates allowed_ips as networks', async () => {
    const ok = await t.api.post(TOKENS, { allowed_ips: ['192.0.2.0/24', '2001:db8::/48', '198.51.100.7'] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.allowed_ips).toEqual(['192.0.2.0/24', '2001:db8::/48', '198.51.100.7/32']);
    for (const bad of [['not-an-ip'], ['10.0.0.0/33'], ['10.1/8'], 'x', [42]]) {
      const res = await t.api.post(TOKENS, { allowed_ips: bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.allowed_ips).toBeDefined();
    }
  });

  it('requires a new token to expire in the future', async () => {
    const past = await t.api.post(TOKENS, { expires: '2001-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(past.body.expires[0]).toMatch(/must be in the future/);
    const ok = await t.api.post(TOKENS, { expires: future() });
    expect(ok.status).toBe(201);
    const garbage = await t.api.post(TOKENS, { expires: 'tomorrow' });
    expect(garbage.status).toBe(400);
  });

  it('defaults the owner to the requesting user and lets users manage only their own tokens', async () => {
    const alice = await t.createUser({ username: 'tok-alice' });
    const bob = await t.createUser({ username: 'tok-bob' });
    const own = await alice.client.post(TOKENS, { description: 'alice laptop' });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.user.id).toBe(alice.id);
    const bobs = await bob.client.post(TOKENS, { description: 'bob laptop' });
    expect(bobs.status).toBe(201);

    const list = await alice.client.get(TOKENS);
    expect(list.status).toBe(200);
    expect(new Set(list.body.results.map((x: any) => x.user.id))).toEqual(new Set([alice.id]));
    expect(list.body.results.map((x: any) => x.description)).toContain('alice laptop');
    expect((await alice.client.get(`${TOKENS}${bobs.body.id}/`)).status).toBe(404);
    expect((await alice.client.patch(`${TOKENS}${bobs.body.id}/`, { description: 'mine now' })).status).toBe(404);
    expect((await alice.client.delete(`${TOKENS}${bobs.body.id}/`)).status).toBe(404);
    expect((await alice.client.patch(`${TOKENS}${own.body.id}/`, { description: 'alice desktop' })).status).toBe(200);
    expect((await alice.client.delete(`${TOKENS}${own.body.id}/`)).status).toBe(204);
    expect((await t.knex('users_token').where('id', bobs.body.id).first()).description).toBe('bob laptop');
  });

  it("needs superuser (or the grant action) to issue a token for someone else", async () => {
    const carol = await t.createUser({ username: 'tok-carol' });
    const dave = await t.createUser({ username: 'tok-dave', permissions: [{ objectTypes: ['users.token'], actions: ['view', 'add'] }] });
    const count = async (userId: number) => Number((await t.knex('users_token').where('user_id', userId).count({ n: '*' }))[0]!.n);
    const adminBefore = await count(adminId);
    const before = await count(carol.id);
    for (const client of [carol.client, dave.client]) {
      const res = await client.post(TOKENS, { user: adminId });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ detail: 'This user does not have permission to create tokens for other users.' });
    }
    expect(await count(adminId)).toBe(adminBefore);
    const granter = await t.createUser({ username: 'tok-granter', permissions: [{ objectTypes: ['users.token'], actions: ['view', 'add', 'grant'] }] });
    const granted = await granter.client.post(TOKENS, { user: carol.id, description: 'granted' });
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    expect(granted.body.user.id).toBe(carol.id);
    const bySuperuser = await t.api.post(TOKENS, { user: { username: 'tok-carol' }, description: 'from admin' });
    expect(bySuperuser.status).toBe(201);
    expect(bySuperuser.body.user.id).toBe(carol.id);
    expect((await count(carol.id)) - before).toBe(2);
  });

  it('keeps the owner, version and secret of an existing token', async () => {
    const other = await t.createUser({ username: 'tok-other' });
    const { body } = await t.api.post(TOKENS, { description: 'fixed' });
    const moved = await t.api.patch(`${TOKENS}${body.id}/`, { user: other.id, description: 'renamed' });
    expect(moved.status).toBe(200);
    expect(moved.body.user.id).toBe(adminId);
    expect(moved.body.description).toBe('renamed');
    const reversion = await t.api.patch(`${TOKENS}${body.id}/`, { version: 2 });
    expect(reversion.status).toBe(400);
    expect(reversion.body.version).toBeDefined();
    const resecret = await t.api.patch(`${TOKENS}${body.id}/`, { token: 'a'.repeat(40) });
    expect(resecret.status).toBe(400);
    expect(resecret.body.token).toEqual(['Cannot assign a new plaintext value for an existing token.']);
    expect((await t.api.as(`Token ${body.token}`).get('/api/users/groups/')).status).toBe(200);
  });

  it('filters tokens by owner, version and flags', async () => {
    const erin = await t.createUser({ username: 'tok-erin' });
    await t.api.post(TOKENS, { user: erin.id, version: 2, write_enabled: false, description: 'erin-ro' });
    await t.api.post(TOKENS, { user: erin.id, description: 'erin-rw' });
    const descriptions = async (qs: string) => (await t.api.get(`${TOKENS}?${qs}`)).body.results.map((x: any) => x.description).sort();
    expect(await descriptions('user=tok-erin&description__isw=erin')).toEqual(['erin-ro', 'erin-rw']);
    expect(await descriptions(`user_id=${erin.id}&version=2`)).toEqual(['erin-ro']);
    expect(await descriptions(`user_id=${erin.id}&write_enabled=true&description__isw=erin`)).toEqual(['erin-rw']);
    expect((await t.api.get(`${TOKENS}?user=nobody`)).status).toBe(400);
  });
});
