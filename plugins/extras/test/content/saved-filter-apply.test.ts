/** `?filter=<slug>` / `?filter_id=<id>` on list endpoints: merging, visibility, and refusals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { SAVED_FILTERS, SITES, TENANTS, contentApp, make, sites } from './fixtures.js';

eachDatabase(() => {
  let t: TestApp;
  let ids: Record<string, number>;
  let owner: Awaited<ReturnType<TestApp['createUser']>>;
  let other: Awaited<ReturnType<TestApp['createUser']>>;
  const names = (res: { body: { results: { name: string }[] } }) => res.body.results.map((r) => r.name);

  beforeAll(async () => {
    t = await createTestApp(contentApp());
    await sites(t);
    const viewSites = { objectTypes: ['dcim.site', 'tenancy.tenant'], actions: ['view'] };
    owner = await t.createUser({ username: 'owner', permissions: [viewSites] });
    other = await t.createUser({ username: 'other', permissions: [viewSites] });
    const sf = (body: Record<string, unknown>) => make(t.api, SAVED_FILTERS, body).then((r) => r.id as number);
    ids = {
      active: await sf({ name: 'Active', slug: 'active', object_types: ['dcim.site'], parameters: { status: 'active' } }),
      named: await sf({ name: 'Named', slug: 'named', object_types: ['dcim.site'], parameters: { name: ['Site 1', 'Site 2'] }, weight: 10 }),
      private: await sf({ name: 'Private', slug: 'private', object_types: ['dcim.site'], parameters: { status: 'planned' }, shared: false, user: owner.id }),
      disabled: await sf({ name: 'Disabled', slug: 'disabled', object_types: ['dcim.site'], parameters: { status: 'active' }, enabled: false }),
      tenants: await sf({ name: 'Tenants', slug: 'tenants', object_types: ['tenancy.tenant'], parameters: { slug: 'tenant-1' } }),
    };
  });
  afterAll(async () => t.close());

  describe('saved filters on lists', () => {
    it('applies a saved filter by slug and by id', async () => {
      expect(names(await t.api.get(`${SITES}?filter=active`))).toEqual(['Site 1', 'Site 3']);
      expect(names(await t.api.get(`${SITES}?filter_id=${ids.active}`))).toEqual(['Site 1', 'Site 3']);
    });

    it("merges the saved parameters with the request's (same parameter: OR; others: AND)", async () => {
      // name in (Site 1, Site 2) AND status=active
      expect(names(await t.api.get(`${SITES}?filter=named&status=active`))).toEqual(['Site 1']);
      // name in (Site 1, Site 2, Site 3): the request's value is appended to the saved ones
      expect(names(await t.api.get(`${SITES}?filter=named&name=Site 3`))).toEqual(['Site 1', 'Site 2', 'Site 3']);
      // two saved filters together
      expect(names(await t.api.get(`${SITES}?filter=named&filter_id=${ids.active}`))).toEqual(['Site 1']);
      // paging links keep the request's own parameters
      const page = await t.api.get(`${SITES}?filter=named&limit=1`);
      expect(page.body.count).toBe(2);
      expect(page.body.next).toContain('filter=named');
      expect(page.body.next).not.toContain('name=');
    });

    it("applies a user's own unshared filter, and no one else's", async () => {
      expect(names(await owner.client.get(`${SITES}?filter=private`))).toEqual(['Site 2']);
      const res = await other.client.get(`${SITES}?filter=private`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ filter: ['Saved filter "private" does not exist.'] });
    });

    it('refuses unknown, disabled and other-type filters with 400', async () => {
      expect((await t.api.get(`${SITES}?filter=nope`)).body).toEqual({ filter: ['Saved filter "nope" does not exist.'] });
      expect((await t.api.get(`${SITES}?filter=disabled`)).body).toEqual({ filter: ['Saved filter "disabled" is disabled.'] });
      const wrong = await t.api.get(`${SITES}?filter_id=${ids.tenants}`);
      expect(wrong.status).toBe(400);
      expect(wrong.body).toEqual({ filter_id: [`Saved filter "${ids.tenants}" does not apply to dcim.site objects.`] });
      expect((await t.api.get(`${SITES}?filter_id=abc`)).body).toEqual({ filter_id: ['“abc” is not a valid value.'] });
    });

    it('works on other plugins\' lists and with ?export=', async () => {
      const res = await t.api.get(`${TENANTS}?filter=tenants`);
      expect(res.body.count).toBe(1);
      await make(t.api, '/api/extras/export-templates/', { name: 'Names', object_types: ['dcim.site'], template_code: '{% for s in queryset %}{{ s.name }};{% endfor %}' });
      expect((await t.api.get(`${SITES}?export=Names&filter=active`)).body).toBe('Site 1;Site 3;');
    });

    it('lists the filters a user can use with ?usable=', async () => {
      const perm = { objectTypes: ['extras.savedfilter'], actions: ['view'] };
      const [mine, theirs] = [await t.createUser({ permissions: [perm] }), await t.createUser({ permissions: [perm] })];
      await t.api.patch(`${SAVED_FILTERS}${ids.private}/`, { user: mine.id });
      const usable = async (client: typeof t.api) => (await client.get(`${SAVED_FILTERS}?usable=true`)).body.results.map((r: { slug: string }) => r.slug).sort();
      expect(await usable(mine.client)).toEqual(['active', 'named', 'private', 'tenants']);
      expect(await usable(theirs.client)).toEqual(['active', 'named', 'tenants']);
      expect((await theirs.client.get(`${SAVED_FILTERS}?usable=false`)).body.count).toBe(2);
    });

    it('validates parameters as a JSON object', async () => {
      const res = await t.api.post(SAVED_FILTERS, { name: 'X', slug: 'x', object_types: ['dcim.site'], parameters: 'status=active' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ parameters: ['Filter parameters must be stored as a dictionary of keyword arguments.'] });
      const user = await t.api.post(SAVED_FILTERS, { name: 'Y', slug: 'y', object_types: ['dcim.site'], parameters: {}, user: 999999 });
      expect(user.body).toEqual({ user: ['Invalid pk "999999" - object does not exist.'] });
    });
  });
});
