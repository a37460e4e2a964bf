/** Contact assignments: what they may point at, their uniqueness, rendering, and cleanup with the object. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { ASSIGNMENTS, CONTACT_ROLES, CONTACTS, TENANTS, make, tenancyApp } from './fixtures.js';

eachDatabase(() => {
  let t: TestApp;
  let tenant: { id: number };
  let contact: { id: number };
  let role: { id: number };
  beforeAll(async () => {
    t = await createTestApp(tenancyApp);
    tenant = await make(t.api, TENANTS, { name: 'Globex', slug: 'globex' });
    contact = await make(t.api, CONTACTS, { name: 'Hank Scorpio' });
    role = await make(t.api, CONTACT_ROLES, { name: 'Executive', slug: 'executive' });
  });
  afterAll(async () => t.close());

  const body = (extra: Record<string, unknown> = {}) => ({ object_type: 'tenancy.tenant', object_id: tenant.id, contact: contact.id, role: role.id, ...extra });

  it('refuses an unknown object type', async () => {
    const res = await t.api.post(ASSIGNMENTS, body({ object_type: 'dcim.nonexistent' }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ object_type: ['Invalid content type: dcim.nonexistent'] });
    const malformed = await t.api.post(ASSIGNMENTS, body({ object_type: 'tenant' }));
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body)).toEqual(['object_type']);
  });

  it('refuses a model that does not take contacts', async () => {
    const res = await t.api.post(ASSIGNMENTS, body({ object_type: 'tenancy.contactrole', object_id: role.id }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ non_field_errors: ['Contacts cannot be assigned to this object type (tenancy.contactrole).'] });
    const moved = await make(t.api, ASSIGNMENTS, body({ priority: 'tertiary' }));
    const patch = await t.api.patch(`${ASSIGNMENTS}${moved.id}/`, { object_type: 'users.group' });
    expect(patch.status).toBe(400);
    expect(patch.body).toEqual({ non_field_errors: ['Contacts cannot be assigned to this object type (users.group).'] });
    expect((await t.api.delete(`${ASSIGNMENTS}${moved.id}/`)).status).toBe(204);
  });

  it('refuses an object that does not exist', async () => {
    const res = await t.api.post(ASSIGNMENTS, body({ object_id: 999999 }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ object_id: ['Related object not found using the provided numeric ID: 999999'] });
  });

  it('needs a contact and a role, and a known priority', async () => {
    const res = await t.api.post(ASSIGNMENTS, { object_type: 'tenancy.tenant', object_id: tenant.id });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ contact: ['This field is required.'] });
    const noRole = await t.api.post(ASSIGNMENTS, body({ role: null }));
    expect(noRole.status).toBe(400);
    expect(noRole.body).toEqual({ role: ['This field cannot be null.'] });
    const prio = await t.api.post(ASSIGNMENTS, body({ priority: 'urgent' }));
    expect(prio.body).toEqual({ priority: ['"urgent" is not a valid choice.'] });
  });

  it('refuses the same contact in the same role on the same object twice', async () => {
    const first = await make(t.api, ASSIGNMENTS, body({ priority: 'primary' }));
    const dup = await t.api.post(ASSIGNMENTS, body({ priority: 'secondary' }));
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual({ non_field_errors: ['The fields object_type, object_id, contact, role must make a unique set.'] });
    const other = await make(t.api, CONTACT_ROLES, { name: 'Deputy', slug: 'deputy' });
    const second = await make(t.api, ASSIGNMENTS, body({ role: other.id }));
    // Moving the second one onto the first one's role collides too.
    const clash = await t.api.patch(`${ASSIGNMENTS}${second.id}/`, { role: role.id });
    expect(clash.status).toBe(400);
    for (const a of [first, second]) expect((await t.api.delete(`${ASSIGNMENTS}${a.id}/`)).status).toBe(204);
  });

  it('renders the object in brief form and the priority as a choice', async () => {
    const a = await make(t.api, ASSIGNMENTS, body({ priority: 'primary' }));
    expect(a.object).toEqual({ id: tenant.id, url: expect.stringMatching(new RegExp(`/api/tenancy/tenants/${tenant.id}/$`)), display: 'Globex', name: 'Globex', slug: 'globex', description: '' });
    expect(a.priority).toEqual({ value: 'primary', label: 'Primary' });
    expect(a.contact).toMatchObject({ id: contact.id, name: 'Hank Scorpio' });
    const blank = await t.api.patch(`${ASSIGNMENTS}${a.id}/`, { priority: '' });
    expect(blank.body.priority).toBeNull();
    expect((await t.api.delete(`${ASSIGNMENTS}${a.id}/`)).status).toBe(204);
  });

  it('filters by the object type\'s id, as NetBox\'s object_type_id', async () => {
    const a = await make(t.api, ASSIGNMENTS, body({ priority: 'secondary' }));
    const types = await t.api.get('/api/extras/object-types/?app_label=tenancy&model=tenant');
    expect(types.body.count).toBe(1);
    const typeId = types.body.results[0].id;
    const other = (await t.api.get('/api/extras/object-types/?app_label=tenancy&model=contact')).body.results[0].id;
    expect((await t.api.get(`${ASSIGNMENTS}?object_type_id=${typeId}`)).body.results.map((o: { id: number }) => o.id)).toEqual([a.id]);
    expect((await t.api.get(`${ASSIGNMENTS}?object_type_id=${other}`)).body.count).toBe(0);
    expect((await t.api.get(`${ASSIGNMENTS}?object_type_id__n=${typeId}`)).body.count).toBe(0);
    expect((await t.api.delete(`${ASSIGNMENTS}${a.id}/`)).status).toBe(204);
  });

  it('deletes the assignments of a deleted object', async () => {
    const doomed = await make(t.api, TENANTS, { name: 'Doomed', slug: 'doomed' });
    const a = await make(t.api, ASSIGNMENTS, body({ object_id: doomed.id }));
    const keep = await make(t.api, ASSIGNMENTS, body());
    expect((await t.api.delete(`${TENANTS}${doomed.id}/`)).status).toBe(204);
    expect((await t.api.get(`${ASSIGNMENTS}${a.id}/`)).status).toBe(404);
    expect((await t.api.get(`${ASSIGNMENTS}${keep.id}/`)).status).toBe(200);
  });
});
