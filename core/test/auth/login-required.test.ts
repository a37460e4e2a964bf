/** LOGIN_REQUIRED=false: anonymous clients may read, never write, and have no per-user endpoints. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('LOGIN_REQUIRED=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { loginRequired: false } });
    await t.api.post('/api/users/groups/', { name: 'visible' });
  });
  afterAll(async () => t?.close());

  it('lets anonymous clients read lists and objects', async () => {
    const list = await t.anonymous.get('/api/users/groups/');
    expect(list.status).toBe(200);
    expect(list.body.results.map((g: any) => g.name)).toEqual(['visible']);
    const one = await t.anonymous.get(`/api/users/groups/${list.body.results[0].id}/`);
    expect(one.status).toBe(200);
  });

  it('still refuses anonymous writes', async () => {
    const res = await t.anonymous.post('/api/users/groups/', { name: 'sneaky' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(await t.knex('users_group').where('name', 'sneaky').first()).toBeUndefined();
  });

  it('still refuses a bad token rather than treating it as anonymous', async () => {
    const res = await t.api.as(`Token ${'f'.repeat(40)}`).get('/api/users/groups/');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Invalid token' });
  });

  it('gives anonymous clients no user config', async () => {
    const res = await t.anonymous.get('/api/users/config/');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
  });
});

describe('LOGIN_REQUIRED=true (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('refuses anonymous reads', async () => {
    const res = await t.anonymous.get('/api/users/groups/');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
  });
});
