/**
 * `/api/users/permissions/`: object types written and shown as "app.model" labels of registered
 * models, actions as a non-empty list, constraints as an object or list of objects naming real
 * fields, users and groups as ids; NetBox's filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

const PERMS = '/api/users/permissions/';

describe('object permissions API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin] });
  });
  afterAll(async () => t?.close());

  it('creates a permission with object types as labels, stored as object type links', async () => {
    const group = await t.api.post('/api/users/groups/', { name: 'perm-group' });
    const user = await t.createUser({ username: 'perm-user' });
    const res = await t.api.post(PERMS, {
      name: 'acl editors', object_types: ['acl.accesslistrule', 'acl.accesslist'], actions: ['view', 'change'],
      constraints: { name__startswith: 'a' }, groups: [group.body.id], users: [user.id],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400); // accesslistrule has no `name`
    expect(res.body.constraints[0]).toMatch(/^Invalid filter for acl\.accesslistrule: /);

    const ok = await t.api.post(PERMS, {
      name: 'acl editors', object_types: ['acl.accesslistrule', 'acl.accesslist'], actions: ['view', 'change'],
      constraints: [{ id__in: [1, 2] }], groups: [group.body.id], users: [user.id],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(Object.keys(ok.body)).toEqual(['id', 'url', 'display_url', 'display', 'name', 'description', 'enabled', 'object_types', 'actions', 'constraints', 'groups', 'users']);
    expect(ok.body).toMatchObject({
      display: 'acl editors', enabled: true, object_types: ['acl.accesslist', 'acl.accesslistrule'], actions: ['view', 'change'],
      constraints: [{ id__in: [1, 2] }], groups: [{ id: group.body.id, name: 'perm-group' }], users: [{ id: user.id, username: 'perm-user' }],
    });
    const links = await t.knex('users_objectpermission_object_types as j').join('core_objecttype as o', 'o.id', 'j.objecttype_id')
      .where('j.objectpermission_id', ok.body.id).orderBy('o.model').pluck('o.model');
    expect(links).toEqual(['accesslist', 'accesslistrule']);
    const brief = await t.api.get(`${PERMS}${ok.body.id}/?brief=true`);
    expect(Object.keys(brief.body)).toEqual(['id', 'url', 'display', 'name', 'description', 'enabled', 'object_types', 'actions']);
  });

  it('follows foreign keys in constraints', async () => {
    const res = await t.api.post(PERMS, { name: 'rules of a-lists', object_types: ['acl.accesslistrule'], actions: ['view'], constraints: { access_list__name__startswith: 'a' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const bad = await t.api.post(PERMS, { name: 'bad path', object_types: ['acl.accesslistrule'], actions: ['view'], constraints: { access_list__nmae: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.constraints).toBeDefined();
  });

  it('rejects object types that are malformed, unknown or missing', async () => {
    const cases: [unknown, string][] = [
      [['dcim.site'], 'Content type dcim.site not found'],
      [['not a label'], "Invalid value. Specify a content type as '<app_label>.<model_name>'."],
      [[], 'This list may not be empty.'],
      ['acl.accesslist', 'Expected a list of items but got type "string".'],
    ];
    for (const [object_types, message] of cases) {
      const res = await t.api.post(PERMS, { name: 'x', object_types, actions: ['view'] });
      expect(res.status, JSON.stringify(object_types)).toBe(400);
      expect(res.body).toEqual({ object_types: [message] });
    }
    const missing = await t.api.post(PERMS, { name: 'x', actions: ['view'] });
    expect(missing.status).toBe(400);
    expect(missing.body.object_types).toEqual(['This field is required.']);
  });

  it('requires a non-empty list of actions', async () => {
    for (const actions of [[], 'view', [''], [1]]) {
      const res = await t.api.post(PERMS, { name: 'x', object_types: ['acl.accesslist'], actions });
      expect(res.status, JSON.stringify(actions)).toBe(400);
      expect(res.body.actions).toBeDefined();
    }
    const custom = await t.api.post(PERMS, { name: 'custom action', object_types: ['acl.accesslist'], actions: ['view', 'renumber'] });
    expect(custom.status).toBe(201);
    expect(custom.body.actions).toEqual(['view', 'renumber']);
  });

  it('accepts constraints only as an object or a list of objects', async () => {
    for (const constraints of ['name=a', 42, [1, 2], [{ name: 'a' }, 'b'], true]) {
      const res = await t.api.post(PERMS, { name: 'x', object_types: ['acl.accesslist'], actions: ['view'], constraints });
      expect(res.status, JSON.stringify(constraints)).toBe(400);
      expect(res.body).toEqual({ constraints: ['Constraints must be a JSON object or a list of JSON objects.'] });
    }
    const none = await t.api.post(PERMS, { name: 'unconstrained', object_types: ['acl.accesslist'], actions: ['view'], constraints: null });
    expect(none.status).toBe(201);
    expect(none.body.constraints).toBeNull();
  });

  it('checks constraints against the stored object types on a partial update', async () => {
    const { body } = await t.api.post(PERMS, { name: 'patch me', object_types: ['acl.accesslist'], actions: ['view'] });
    const bad = await t.api.patch(`${PERMS}${body.id}/`, { constraints: { no_such_field: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.constraints[0]).toMatch(/Invalid filter for acl\.accesslist/);
    const good = await t.api.patch(`${PERMS}${body.id}/`, { constraints: { name__in: ['x', 'y'] }, object_types: ['acl.accesslist', 'users.group'] });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body.object_types).toEqual(['acl.accesslist', 'users.group']);
  });

  it('filters permissions by object type, action, user and group', async () => {
    const group = await t.api.post('/api/users/groups/', { name: 'filter-perm-group' });
    const user = await t.createUser({ username: 'filter-perm-user' });
    await t.api.post(PERMS, { name: 'f-view-groups', object_types: ['users.group'], actions: ['view'], users: [user.id] });
    await t.api.post(PERMS, { name: 'f-delete-acl', object_types: ['acl.accesslist'], actions: ['delete'], groups: [group.body.id] });
    const names = async (qs: string) => (await t.api.get(`${PERMS}?name__isw=f-&${qs}`)).body.results.map((p: any) => p.name);
    const groupType = await t.knex('core_objecttype').where({ app_label: 'users', model: 'group' }).first();
    expect(await names('object_type=users.group')).toEqual(['f-view-groups']);
    expect(await names(`object_type_id=${groupType.id}`)).toEqual(['f-view-groups']);
    expect(await names('object_type__n=users.group')).toEqual(['f-delete-acl']);
    expect(await names('can_delete=true')).toEqual(['f-delete-acl']);
    expect(await names('can_view=true')).toEqual(['f-view-groups']);
    expect(await names('can_view=false')).toEqual(['f-delete-acl']);
    expect(await names(`user_id=${user.id}`)).toEqual(['f-view-groups']);
    expect(await names('user=filter-perm-user')).toEqual(['f-view-groups']);
    expect(await names(`group_id=${group.body.id}`)).toEqual(['f-delete-acl']);
    expect(await names('group=filter-perm-group')).toEqual(['f-delete-acl']);
  });

  it('grants what it says as soon as it is saved', async () => {
    const { id, client } = await t.createUser({ username: 'late-grantee' });
    expect((await client.get('/api/plugins/acl/access-lists/')).status).toBe(403);
    const res = await t.api.post(PERMS, { name: 'late grant', object_types: ['acl.accesslist'], actions: ['view'], users: [id] });
    expect(res.status).toBe(201);
    expect((await client.get('/api/plugins/acl/access-lists/')).status).toBe(200);
    expect((await t.api.patch(`${PERMS}${res.body.id}/`, { enabled: false })).status).toBe(200);
    expect((await client.get('/api/plugins/acl/access-lists/')).status).toBe(403);
  });
});
