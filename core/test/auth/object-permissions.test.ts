/**
 * Object permissions enforced over HTTP on a third-party plugin's model (acl.accesslist): lists
 * show only what the constraints allow, details outside them are 404, writes outside them are
 * refused with nothing written; group-assigned permissions, `$user`, OR'ed constraint sets and
 * the superuser bypass.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

const ACL = '/api/plugins/acl/access-lists/';
const startsWithA = { name__startswith: 'a' };

describe('object permissions', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin] });
  });
  afterAll(async () => t?.close());

  beforeEach(async () => {
    await t.knex('netbox_acls_accesslist').delete();
    for (const name of ['alpha', 'apex', 'beta', 'bravo']) {
      const res = await t.api.post(ACL, { name, type: 'extended' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids[name] = res.body.id;
    }
  });

  const names = async (): Promise<string[]> =>
    (await t.knex('netbox_acls_accesslist').select('name').orderBy('name')).map((r: { name: string }) => r.name);

  it('shows a constrained viewer only the matching objects', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view'], constraints: startsWithA }] });
    const list = await client.get(ACL);
    expect(list.status).toBe(200);
    expect(list.body.count).toBe(2);
    expect(list.body.results.map((r: any) => r.name)).toEqual(['alpha', 'apex']);
    expect((await client.get(`${ACL}${ids.alpha}/`)).status).toBe(200);
    const hidden = await client.get(`${ACL}${ids.beta}/`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ detail: 'Not found.' });
  });

  it('refuses a list to a user without any permission on the model', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['users.group'], actions: ['view'] }] });
    const res = await client.get(ACL);
    expect(res.status).toBe(403);
  });

  it('ORs a list of constraint sets', async () => {
    const { client } = await t.createUser({
      permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view'], constraints: [{ name: 'beta' }, { name__startswith: 'al' }] }],
    });
    const list = await client.get(ACL);
    expect(list.body.results.map((r: any) => r.name)).toEqual(['alpha', 'beta']);
  });

  it('allows creates only within the constraints; outside is 403 and writes nothing', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view', 'add'], constraints: startsWithA }] });
    const ok = await client.post(ACL, { name: 'atlas', type: 'standard' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const refused = await client.post(ACL, { name: 'zulu', type: 'standard' });
    expect(refused.status).toBe(403);
    const bulk = await client.post(ACL, [{ name: 'ant', type: 'standard' }, { name: 'zebra', type: 'standard' }]);
    expect(bulk.status).toBe(403);
    expect(await names()).toEqual(['alpha', 'apex', 'atlas', 'beta', 'bravo']);
  });

  it('refuses a create to a user who may only view', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view'] }] });
    expect((await client.post(ACL, { name: 'aardvark', type: 'standard' })).status).toBe(403);
    expect(await names()).not.toContain('aardvark');
  });

  it('allows changes only within the constraints, before and after the change', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view', 'change'], constraints: startsWithA }] });
    const outside = await client.patch(`${ACL}${ids.beta}/`, { name: 'abba' });
    expect(outside.status).toBe(404);
    const movesOut = await client.patch(`${ACL}${ids.alpha}/`, { name: 'omega' });
    expect(movesOut.status).toBe(403);
    const ok = await client.patch(`${ACL}${ids.alpha}/`, { name: 'alphonse' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await names()).toEqual(['alphonse', 'apex', 'beta', 'bravo']);
  });

  it('allows deletes only within the constraints', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view', 'delete'], constraints: startsWithA }] });
    expect((await client.delete(`${ACL}${ids.beta}/`)).status).toBe(404);
    expect((await client.delete(ACL, [{ id: ids.apex }, { id: ids.bravo }])).status).toBe(404);
    expect((await client.delete(`${ACL}${ids.apex}/`)).status).toBe(204);
    expect(await names()).toEqual(['alpha', 'beta', 'bravo']);
  });

  it('applies permissions assigned to a group the user belongs to', async () => {
    const { id, client } = await t.createUser({});
    expect((await client.get(ACL)).status).toBe(403);
    const group = await t.api.post('/api/users/groups/', { name: 'acl-readers' });
    const perm = await t.api.post('/api/users/permissions/', {
      name: 'read b-lists', object_types: ['acl.accesslist'], actions: ['view'], constraints: { name__startswith: 'b' }, groups: [group.body.id],
    });
    expect(perm.status, JSON.stringify(perm.body)).toBe(201);
    expect((await t.api.patch(`/api/users/users/${id}/`, { groups: [group.body.id] })).status).toBe(200);
    const list = await client.get(ACL);
    expect(list.status).toBe(200);
    expect(list.body.results.map((r: any) => r.name)).toEqual(['beta', 'bravo']);
  });

  it('ignores disabled permissions', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view'] }] });
    expect((await client.get(ACL)).status).toBe(200);
    await t.knex('users_objectpermission').update({ enabled: false });
    try {
      expect((await client.get(ACL)).status).toBe(403);
    } finally {
      await t.knex('users_objectpermission').update({ enabled: true });
    }
  });

  it('substitutes $user in constraints with the requesting user', async () => {
    const me = await t.createUser({ permissions: [{ objectTypes: ['users.user'], actions: ['view'], constraints: { id: '$user' } }] });
    const list = await me.client.get('/api/users/users/');
    expect(list.status).toBe(200);
    expect(list.body.results.map((u: any) => u.id)).toEqual([me.id]);
    const adminId = (await t.knex('users_user').where('username', 'admin').first()).id;
    expect((await me.client.get(`/api/users/users/${adminId}/`)).status).toBe(404);
  });

  it('lets a superuser bypass every constraint', async () => {
    const list = await t.api.get(ACL);
    expect(list.body.count).toBe(4);
    expect((await t.api.delete(`${ACL}${ids.bravo}/`)).status).toBe(204);
  });

  it('needs a permission to list or create users', async () => {
    const { client } = await t.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view', 'add', 'change', 'delete'] }] });
    expect((await client.get('/api/users/users/')).status).toBe(403);
    expect((await client.get('/api/users/groups/')).status).toBe(403);
    expect((await client.get('/api/users/permissions/')).status).toBe(403);
    expect((await client.post('/api/users/users/', { username: 'mallory', password: 'pw-123456' })).status).toBe(403);
    expect(await t.knex('users_user').where('username', 'mallory').first()).toBeUndefined();
  });
});
