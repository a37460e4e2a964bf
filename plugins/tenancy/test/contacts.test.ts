/** Contacts and tenants: field validation, uniqueness, and delete protection by assignments. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { ASSIGNMENTS, CONTACT_GROUPS, CONTACT_ROLES, CONTACTS, TENANT_GROUPS, TENANTS, make, tenancyApp } from './fixtures.js';

eachDatabase(() => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(tenancyApp); });
  afterAll(async () => t.close());

  it('validates e-mail addresses and links as Django does', async () => {
    const bad = await t.api.post(CONTACTS, { name: 'Mallory', email: 'mallory@', link: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ email: ['Enter a valid email address.'], link: ['Enter a valid URL.'] });
    const noHost = await t.api.post(CONTACTS, { name: 'Mallory', link: 'https://' });
    expect(noHost.body).toEqual({ link: ['Enter a valid URL.'] });
    const long = await t.api.post(CONTACTS, { name: 'x'.repeat(101) });
    expect(long.body).toEqual({ name: ['Ensure this field has no more than 100 characters.'] });
    const ok = await make(t.api, CONTACTS, { name: 'Trent', email: 'trent.ops+noc@example.co.uk', link: 'ftp://files.example.com/trent' });
    expect(ok).toMatchObject({ email: 'trent.ops+noc@example.co.uk', link: 'ftp://files.example.com/trent', group: null, title: '' });
    expect((await t.api.patch(`${CONTACTS}${ok.id}/`, { email: '' })).body.email).toBe('');
  });

  it('keeps contact names unique within a group', async () => {
    const g = await make(t.api, CONTACT_GROUPS, { name: 'Uniq', slug: 'uniq' });
    await make(t.api, CONTACTS, { name: 'Peggy', group: g.id });
    const dup = await t.api.post(CONTACTS, { name: 'Peggy', group: g.id });
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual({ non_field_errors: ['The fields group, name must make a unique set.'] });
    expect((await t.api.post(CONTACTS, { name: 'Peggy' })).status).toBe(201);
  });

  it('keeps tenant names and slugs unique per group and among ungrouped tenants', async () => {
    const [g1, g2] = [await make(t.api, TENANT_GROUPS, { name: 'Customers', slug: 'customers' }), await make(t.api, TENANT_GROUPS, { name: 'Internal', slug: 'internal' })];
    await make(t.api, TENANTS, { name: 'Acme', slug: 'acme' });
    const ungrouped = await t.api.post(TENANTS, { name: 'Acme', slug: 'acme' });
    expect(ungrouped.status).toBe(400);
    expect(ungrouped.body).toEqual({ non_field_errors: ['Tenant name must be unique per group.', 'Tenant slug must be unique per group.'] });
    const inGroup = await make(t.api, TENANTS, { name: 'Acme', slug: 'acme', group: g1.id });
    const again = await t.api.post(TENANTS, { name: 'Acme', slug: 'acme-2', group: g1.id });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ non_field_errors: ['Tenant name must be unique per group.'] });
    expect((await t.api.post(TENANTS, { name: 'Acme', slug: 'acme', group: g2.id })).status).toBe(201);
    // Moving the grouped one out of its group collides with the ungrouped one.
    const out = await t.api.patch(`${TENANTS}${inGroup.id}/`, { group: null });
    expect(out.status).toBe(400);
    expect(out.body).toEqual({ non_field_errors: ['Tenant name must be unique per group.', 'Tenant slug must be unique per group.'] });
    expect((await t.api.patch(`${TENANTS}${inGroup.id}/`, { description: 'still grouped' })).status).toBe(200);
  });

  it('refuses an unknown tenant group', async () => {
    const group = await t.api.post(TENANTS, { name: 'Orphan', slug: 'orphan', group: 987654 });
    expect(group.status).toBe(400);
    expect(Object.keys(group.body)).toEqual(['group']);
  });

  it('protects contacts and roles in use (409) and deletes them once unassigned', async () => {
    const tenant = await make(t.api, TENANTS, { name: 'Protected', slug: 'protected' });
    const contact = await make(t.api, CONTACTS, { name: 'Walter' });
    const role = await make(t.api, CONTACT_ROLES, { name: 'Escalation', slug: 'escalation' });
    const a = await make(t.api, ASSIGNMENTS, { object_type: 'tenancy.tenant', object_id: tenant.id, contact: contact.id, role: role.id });
    for (const url of [`${CONTACTS}${contact.id}/`, `${CONTACT_ROLES}${role.id}/`]) {
      const res = await t.api.delete(url);
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('contact assignments (1)');
      expect((await t.api.get(url)).status).toBe(200);
    }
    expect((await t.api.delete(`${ASSIGNMENTS}${a.id}/`)).status).toBe(204);
    expect((await t.api.delete(`${CONTACTS}${contact.id}/`)).status).toBe(204);
    expect((await t.api.delete(`${CONTACT_ROLES}${role.id}/`)).status).toBe(204);
  });
});
