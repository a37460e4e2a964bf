/** Tenant and contact group trees: moving nodes, refusing cycles, subtree filters and counts, deleting groups. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { CONTACT_GROUPS, CONTACTS, TENANT_GROUPS, TENANTS, make, tenancyApp } from './fixtures.js';

const names = (body: { results: { name: string }[] }) => body.results.map((o) => o.name).sort();

eachDatabase(() => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(tenancyApp); });
  afterAll(async () => t.close());

  describe.each([
    { path: TENANT_GROUPS, members: TENANTS, count: 'tenant_count', prefix: 'mv' },
    { path: CONTACT_GROUPS, members: CONTACTS, count: 'contact_count', prefix: 'cm' },
  ])('$path', ({ path, members, count, prefix }) => {
    it('moves a group with its subtree and keeps depths and subtree filters right', async () => {
      const a = await make(t.api, path, { name: `${prefix} A`, slug: `${prefix}-a` });
      const b = await make(t.api, path, { name: `${prefix} B`, slug: `${prefix}-b`, parent: a.id });
      const c = await make(t.api, path, { name: `${prefix} C`, slug: `${prefix}-c`, parent: b.id });
      const x = await make(t.api, path, { name: `${prefix} X`, slug: `${prefix}-x` });
      expect((await t.api.get(`${path}${c.id}/`)).body._depth).toBe(2);

      const moved = await t.api.patch(`${path}${b.id}/`, { parent: x.id });
      expect(moved.status).toBe(200);
      expect(moved.body.parent).toMatchObject({ id: x.id, name: `${prefix} X`, _depth: 0 });
      expect((await t.api.get(`${path}${c.id}/`)).body._depth).toBe(2);
      expect(names((await t.api.get(`${path}?ancestor_id=${x.id}`)).body)).toEqual([`${prefix} B`, `${prefix} C`]);
      expect((await t.api.get(`${path}?ancestor_id=${a.id}`)).body.count).toBe(0);
      expect(names((await t.api.get(`${path}?parent=${prefix}-b`)).body)).toEqual([`${prefix} C`]);

      const root = await t.api.patch(`${path}${b.id}/`, { parent: null });
      expect(root.status).toBe(200);
      expect(root.body._depth).toBe(0);
      expect((await t.api.get(`${path}${c.id}/`)).body._depth).toBe(1);
    });

    it('refuses a group as its own parent or below its own descendant', async () => {
      const a = await make(t.api, path, { name: `${prefix} P`, slug: `${prefix}-p` });
      const b = await make(t.api, path, { name: `${prefix} Q`, slug: `${prefix}-q`, parent: a.id });
      const self = await t.api.patch(`${path}${a.id}/`, { parent: a.id });
      expect(self.status).toBe(400);
      expect(self.body).toEqual({ parent: ['Cannot assign self as parent.'] });
      const cycle = await t.api.patch(`${path}${a.id}/`, { parent: b.id });
      expect(cycle.status).toBe(400);
      expect(cycle.body).toEqual({ parent: ['Cannot assign a child object as the parent.'] });
      expect((await t.api.get(`${path}${a.id}/`)).body.parent).toBeNull();
    });

    it(`counts members of the whole subtree in ${count}, and a deleted group leaves its members ungrouped`, async () => {
      const top = await make(t.api, path, { name: `${prefix} Top`, slug: `${prefix}-top` });
      const mid = await make(t.api, path, { name: `${prefix} Mid`, slug: `${prefix}-mid`, parent: top.id });
      const member = (name: string, group: number) =>
        make(t.api, members, members === TENANTS ? { name, slug: name.toLowerCase().replace(/ /g, '-'), group } : { name, group });
      await member(`${prefix} member one`, top.id);
      const two = await member(`${prefix} member two`, mid.id);
      expect((await t.api.get(`${path}${top.id}/`)).body[count]).toBe(2);
      expect((await t.api.get(`${path}${mid.id}/`)).body[count]).toBe(1);
      expect((await t.api.get(`${path}${top.id}/?brief=true`)).body[count]).toBe(2);
      expect((await t.api.get(`${members}?group_id=${top.id}`)).body.count).toBe(2);
      expect((await t.api.get(`${members}?group=${prefix}-mid`)).body.count).toBe(1);

      // NetBox: SET_NULL on the member's group; the subtree goes with its root.
      const del = await t.api.delete(`${path}${top.id}/`);
      expect(del.status).toBe(204);
      expect((await t.api.get(`${path}${mid.id}/`)).status).toBe(404);
      expect((await t.api.get(`${members}${two.id}/`)).body.group).toBeNull();
    });
  });

  it('keeps tenant group names and slugs unique across the tree, contact group names among siblings', async () => {
    const a = await make(t.api, TENANT_GROUPS, { name: 'Unique TG', slug: 'unique-tg' });
    const dup = await t.api.post(TENANT_GROUPS, { name: 'Unique TG', slug: 'unique-tg', parent: a.id });
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual({ name: ['tenant group with this name already exists.'], slug: ['tenant group with this slug already exists.'] });

    const p = await make(t.api, CONTACT_GROUPS, { name: 'Sib parent', slug: 'sib-parent' });
    await make(t.api, CONTACT_GROUPS, { name: 'Sibling', slug: 'sibling-1', parent: p.id });
    const sib = await t.api.post(CONTACT_GROUPS, { name: 'Sibling', slug: 'sibling-2', parent: p.id });
    expect(sib.status).toBe(400);
    expect(sib.body).toEqual({ non_field_errors: ['The fields parent, name must make a unique set.'] });
    expect((await t.api.post(CONTACT_GROUPS, { name: 'Sibling', slug: 'sibling-3' })).status).toBe(201);
  });
});
