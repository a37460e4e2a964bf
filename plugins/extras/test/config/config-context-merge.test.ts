/**
 * The rendered config_context of devices and virtual machines: NetBox's merge order (weight, then
 * name; nested dicts merged, everything else replaced; local_context_data last), every scope kind
 * (tree scopes through ancestors), is_active, and leaving it out with exclude/omit/brief.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { CONTEXTS, DEVICES, VMS, configApp, context, device, make, world, type World } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let w: World;
  let snapshot: Awaited<ReturnType<TestApp['snapshot']>>;
  beforeAll(async () => {
    app = await createTestApp({ ...configApp, database });
    w = await world(app);
    snapshot = await app.snapshot();
  });
  beforeEach(async () => snapshot.restore());
  afterAll(async () => app?.close());

  const contextOf = async (path: string, id: number) => {
    const res = await app.api.get(`${path}${id}/`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.config_context;
  };

  describe('merge order', () => {
    it('merges by weight then name, nested dicts deeply, lists and scalars replaced', async () => {
      await context(app.api, 'Zulu', { x: 'zulu', list: [1, 2], nested: { a: 1, deep: { k: 'zulu' } }, only_zulu: true }, { weight: 200 });
      await context(app.api, 'Alpha', { x: 'alpha', list: [9], nested: { b: 2, deep: { j: 'alpha' } } }, { weight: 200 });
      await context(app.api, 'Heavy', { x: 'heavy', list: [7, 7, 7], nested: { a: 'heavy' } }, { weight: 100 });
      const d = await device(app.api, w, 'd1');
      expect(await contextOf(DEVICES, d.id)).toEqual({
        // Heavy (100), then Alpha and Zulu (200, by name): Zulu's values land last.
        x: 'zulu', list: [1, 2], nested: { a: 1, b: 2, deep: { j: 'alpha', k: 'zulu' } }, only_zulu: true,
      });
    });

    it('lets an empty dict replace, and local_context_data win over every context', async () => {
      await context(app.api, 'Base', { ntp: { servers: ['a', 'b'], prefer: 'a' }, syslog: { host: 'x' }, snmp: 'v2' }, { weight: 10 });
      await context(app.api, 'Blank', { syslog: {} }, { weight: 20 });
      const d = await device(app.api, w, 'd1', { local_context_data: { ntp: { prefer: 'b' }, snmp: 'v3', own: 1 } });
      expect(await contextOf(DEVICES, d.id)).toEqual({ ntp: { servers: ['a', 'b'], prefer: 'b' }, syslog: {}, snmp: 'v3', own: 1 });
    });

    it('is the local data alone without contexts, and {} with neither', async () => {
      const d1 = await device(app.api, w, 'd1', { local_context_data: { only: 'local' } });
      const d2 = await device(app.api, w, 'd2');
      expect(await contextOf(DEVICES, d1.id)).toEqual({ only: 'local' });
      expect(await contextOf(DEVICES, d2.id)).toEqual({});
    });

    it('follows context edits (weight changes, deactivation, deletion)', async () => {
      const a = await context(app.api, 'A', { v: 'a' }, { weight: 1 });
      const b = await context(app.api, 'B', { v: 'b' }, { weight: 2 });
      const d = await device(app.api, w, 'd1');
      expect(await contextOf(DEVICES, d.id)).toEqual({ v: 'b' });
      expect((await app.api.patch(`${CONTEXTS}${a.id}/`, { weight: 3 })).status).toBe(200);
      expect(await contextOf(DEVICES, d.id)).toEqual({ v: 'a' });
      expect((await app.api.patch(`${CONTEXTS}${a.id}/`, { is_active: false })).status).toBe(200);
      expect(await contextOf(DEVICES, d.id)).toEqual({ v: 'b' });
      expect((await app.api.delete(`${CONTEXTS}${b.id}/`)).status).toBe(204);
      expect(await contextOf(DEVICES, d.id)).toEqual({});
    });
  });

  it('takes tags as slugs, with NetBox\'s messages for unknown ones', async () => {
    const bad = await app.api.post(CONTEXTS, { name: 'x', data: {}, tags: ['tag-a', 'nope'] });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ tags: ['Object with slug=nope does not exist.'] });
    const dict = await app.api.post(CONTEXTS, { name: 'x', data: {}, tags: [{ slug: 'tag-a' }] });
    expect(dict.body).toEqual({ tags: ['Invalid value.'] });
    const ok = await app.api.post(CONTEXTS, { name: 'x', data: {}, tags: ['tag-b', 'tag-a'] });
    expect(ok.status).toBe(201);
    expect(ok.body.tags).toEqual(['tag-a', 'tag-b']);
    const notDict = await app.api.post(CONTEXTS, { name: 'y', data: 'text' });
    expect(notDict.body).toEqual({ data: ['JSON data must be in object form. Example: {"foo": 123}'] });
  });

  it('refuses any data source or data file in filters: none can exist', async () => {
    for (const path of [CONTEXTS, '/api/extras/config-templates/']) {
      const res = await app.api.get(`${path}?data_source_id=1`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ data_source_id: ['Select a valid choice. 1 is not one of the available choices.'] });
      expect((await app.api.get(`${path}?data_file_id__n=7`)).body).toEqual({ data_file_id__n: ['Select a valid choice. 7 is not one of the available choices.'] });
    }
  });

  describe('scopes', () => {
    /** One context per case, keyed by its name: does the standard device (and VM) get it? */
    async function check(cases: Record<string, Record<string, unknown>>, subject: 'device' | 'vm') {
      for (const [name, scope] of Object.entries(cases)) await context(app.api, name, { [name]: true }, scope);
      const obj = subject === 'device'
        ? await device(app.api, w, 'scoped', { cluster: w.clusters[0], tags: [{ slug: 'tag-a' }] })
        : await make(app.api, VMS, {
          name: 'scoped-vm', site: w.sites[0], cluster: w.clusters[0], role: w.roles[0], platform: w.platforms[0], tenant: w.tenants[0], tags: [{ slug: 'tag-a' }],
        });
      return Object.keys(await contextOf(subject === 'device' ? DEVICES : VMS, obj.id)).sort();
    }

    it('matches a device through every scope kind, tree scopes through their ancestors', async () => {
      const asia = await make(app.api, '/api/dcim/regions/', { name: 'Asia', slug: 'asia' });
      const got = await check({
        unscoped: {},
        region_parent: { regions: [w.regions[0]] },
        region_own: { regions: [w.regions[1]] },
        region_other: { regions: [asia.id] },
        site_group_parent: { site_groups: [w.siteGroups[0]] },
        site: { sites: [w.sites[0]] },
        site_other: { sites: [w.sites[1]] },
        site_either: { sites: [w.sites[1], w.sites[0]] },
        location_parent: { locations: [w.locations[0]] },
        device_type: { device_types: [w.deviceTypes[0]] },
        device_type_other: { device_types: [w.deviceTypes[1]] },
        role: { roles: [w.roles[0]] },
        role_other: { roles: [w.roles[1]] },
        platform: { platforms: [w.platforms[0]] },
        platform_other: { platforms: [w.platforms[1]] },
        cluster: { clusters: [w.clusters[0]] },
        cluster_other: { clusters: [w.clusters[1]] },
        cluster_type: { cluster_types: [w.clusterTypes[0]] },
        cluster_type_other: { cluster_types: [w.clusterTypes[1]] },
        cluster_group: { cluster_groups: [w.clusterGroups[0]] },
        cluster_group_other: { cluster_groups: [w.clusterGroups[1]] },
        tenant_group: { tenant_groups: [w.tenantGroups[0]] },
        tenant_group_other: { tenant_groups: [w.tenantGroups[1]] },
        tenant: { tenants: [w.tenants[0]] },
        tenant_other: { tenants: [w.tenants[1]] },
        tag: { tags: ['tag-a'] },
        tag_either: { tags: ['tag-c', 'tag-a'] },
        tag_other: { tags: ['tag-b'] },
        all_of: { sites: [w.sites[0]], roles: [w.roles[0]], tags: ['tag-a'], regions: [w.regions[0]] },
        all_but_one: { sites: [w.sites[0]], roles: [w.roles[1]] },
        inactive: { is_active: false },
      }, 'device');
      expect(got).toEqual([
        'all_of', 'cluster', 'cluster_group', 'cluster_type', 'device_type', 'location_parent', 'platform', 'region_own', 'region_parent',
        'role', 'site', 'site_either', 'site_group_parent', 'tag', 'tag_either', 'tenant', 'tenant_group', 'unscoped',
      ]);
    });

    it('matches a virtual machine through its site, cluster, role, platform, tenant and tags, never by location or device type', async () => {
      const got = await check({
        unscoped: {},
        region_parent: { regions: [w.regions[0]] },
        site: { sites: [w.sites[0]] },
        site_other: { sites: [w.sites[1]] },
        location: { locations: [w.locations[0]] },
        device_type: { device_types: [w.deviceTypes[0]] },
        cluster: { clusters: [w.clusters[0]] },
        cluster_type: { cluster_types: [w.clusterTypes[0]] },
        cluster_group_other: { cluster_groups: [w.clusterGroups[1]] },
        role: { roles: [w.roles[0]] },
        platform_other: { platforms: [w.platforms[1]] },
        tenant_group: { tenant_groups: [w.tenantGroups[0]] },
        tag: { tags: ['tag-a'] },
      }, 'vm');
      expect(got).toEqual(['cluster', 'cluster_type', 'region_parent', 'role', 'site', 'tag', 'tenant_group', 'unscoped']);
    });

    it('drops deleted objects from the lists, as NetBox clears many-to-many rows', async () => {
      const c = await context(app.api, 'gone', { gone: true }, { sites: [w.sites[1]], tags: ['tag-c'] });
      const d = await device(app.api, w, 'd1');
      expect(await contextOf(DEVICES, d.id)).toEqual({});
      expect((await app.api.delete(`/api/dcim/sites/${w.sites[1]}/`)).status).toBe(204);
      const tag = (await app.api.get('/api/extras/tags/?slug=tag-c')).body.results[0];
      expect((await app.api.delete(`/api/extras/tags/${tag.id}/`)).status).toBe(204);
      const after = (await app.api.get(`${CONTEXTS}${c.id}/`)).body;
      expect([after.sites, after.tags]).toEqual([[], []]);
      // With every list empty the context applies to everything.
      expect(await contextOf(DEVICES, d.id)).toEqual({ gone: true });
    });

    it('gives an object without a site, role or tenant only the contexts that do not ask for them', async () => {
      await context(app.api, 'unscoped', { unscoped: true });
      await context(app.api, 'by_site', { by_site: true }, { sites: [w.sites[0]] });
      await context(app.api, 'by_tenant', { by_tenant: true }, { tenants: [w.tenants[0]] });
      const vm = await make(app.api, VMS, { name: 'bare', cluster: w.clusters[1] });
      expect(await contextOf(VMS, vm.id)).toEqual({ unscoped: true });
    });
  });

  describe('lists', () => {
    it('renders each object of a page its own context', async () => {
      await context(app.api, 'paris', { where: 'paris' }, { sites: [w.sites[0]] });
      await context(app.api, 'lone', { where: 'lone' }, { sites: [w.sites[1]] });
      await device(app.api, w, 'a');
      await device(app.api, w, 'b', { site: w.sites[1], location: null });
      await device(app.api, w, 'c', { local_context_data: { where: 'local' } });
      const res = await app.api.get(`${DEVICES}?ordering=name`);
      expect(res.body.results.map((d: any) => [d.name, d.config_context])).toEqual([
        ['a', { where: 'paris' }], ['b', { where: 'lone' }], ['c', { where: 'local' }],
      ]);
    });

    it('leaves config_context out, and its query unrun, with exclude, omit and brief', async () => {
      await context(app.api, 'one', { one: 1 });
      await device(app.api, w, 'a');
      app.queries.reset();
      const full = await app.api.get(DEVICES);
      const withIt = app.queries.statements.filter((s) => s.includes('extras_configcontext')).length;
      app.queries.reset();
      const excluded = await app.api.get(`${DEVICES}?exclude=config_context`);
      const without = app.queries.statements.filter((s) => s.includes('extras_configcontext')).length;
      expect(full.body.results[0].config_context).toEqual({ one: 1 });
      expect(withIt).toBe(1);
      expect(excluded.body.results[0]).not.toHaveProperty('config_context');
      expect(excluded.body.results[0]).toHaveProperty('local_context_data');
      expect(without).toBe(0);
      app.queries.reset();
      const omitted = await app.api.get(`${DEVICES}?omit=config_context`);
      const brief = await app.api.get(`${DEVICES}?brief=true`);
      expect(omitted.body.results[0]).not.toHaveProperty('config_context');
      expect(brief.body.results[0]).not.toHaveProperty('config_context');
      expect(app.queries.statements.filter((s) => s.includes('extras_configcontext'))).toEqual([]);
    });

    it('costs the same number of queries for one device and for a page of many', async () => {
      await context(app.api, 'site', { s: 1 }, { sites: [w.sites[0]], tags: ['tag-a'] });
      await context(app.api, 'role', { r: 1 }, { roles: [w.roles[0]], regions: [w.regions[0]] });
      for (let i = 0; i < 12; i++)
        await device(app.api, w, `d${i}`, { role: w.roles[i % 2], tags: i % 3 ? [] : [{ slug: 'tag-a' }], local_context_data: i % 4 ? null : { i } });
      const count = async (query: string) => {
        app.queries.reset();
        const res = await app.api.get(`${DEVICES}${query}`);
        expect(res.status).toBe(200);
        return { n: app.queries.total, rows: res.body.results.length };
      };
      const one = await count('?limit=1');
      const all = await count('?limit=100');
      expect([one.rows, all.rows]).toEqual([1, 12]);
      expect(all.n).toBe(one.n);
      const vmOne = await count('?limit=1&exclude=config_context');
      expect(vmOne.n).toBe(one.n - 1);
    });
  });
});
