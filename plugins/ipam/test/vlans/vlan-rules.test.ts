/**
 * NetBox's VLAN group and VLAN rules through HTTP: VID ranges (rendering, validation, utilization),
 * scope, per-scope and per-group uniqueness, a VLAN's VID in its group's ranges, site vs group
 * scope, Q-in-Q pairing, protected deletes, prefix/tenant/site counts, and availability by scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { P, SETUP_TIMEOUT, ipamApp, make, vlanFixtures, type VlanFixtures } from './fixtures.js';

eachDatabase(() => {
  describe('VLAN groups and VLANs: NetBox rules', () => {
    let app: TestApp;
    let fx: VlanFixtures;
    beforeAll(async () => {
      app = await createTestApp(ipamApp);
      fx = await vlanFixtures(app);
    }, SETUP_TIMEOUT);
    afterAll(async () => app.close());

    const group = (id: number) => app.api.get(`${P.vlanGroups}${id}/`);

    it('renders vid_ranges as inclusive pairs (default 1-4094), with vlan_count and utilization', async () => {
      const g1 = (await group(fx.groups[0]!)).body;
      expect(g1).toMatchObject({ vid_ranges: [[1, 100]], vlan_count: 1, utilization: '1.0', display: 'Group 1' });
      expect(g1.scope).toMatchObject({ id: fx.sites[0], name: 'Site 1', slug: 'site-1' });
      expect(g1.tenant).toMatchObject({ id: fx.tenants[0], name: 'Tenant 1' });
      expect((await group(fx.groups[1]!)).body).toMatchObject({ vid_ranges: [[100, 199], [300, 399]], vlan_count: 1, utilization: '0.5' });
      expect((await group(fx.groups[2]!)).body).toMatchObject({ vid_ranges: [[1, 4094]], vlan_count: 0, utilization: '0.0', scope: null });
      const g = await make(app.api, P.vlanGroups, { name: 'Util', slug: 'util', vid_ranges: [[1, 3]] });
      await make(app.api, P.vlans, { vid: 2, name: 'Util 2', group: g.id });
      expect((await group(g.id)).body).toMatchObject({ vlan_count: 1, utilization: '33.33' });
      // Shrinking the ranges recomputes the total; moving the VLAN away recounts.
      await app.api.patch(`${P.vlanGroups}${g.id}/`, { vid_ranges: [[2, 3]] });
      expect((await group(g.id)).body).toMatchObject({ vid_ranges: [[2, 3]], utilization: '50.0' });
    });

    it('validates vid_ranges as NetBox does', async () => {
      const bad = async (vid_ranges: unknown) => {
        const res = await app.api.post(P.vlanGroups, { name: 'Bad ranges', slug: 'bad-ranges', vid_ranges });
        expect(res.status, JSON.stringify(res.body)).toBe(400);
        return res.body.vid_ranges;
      };
      expect(await bad([[0, 10]])).toEqual(['Starting VLAN ID in range (0) cannot be less than 1']);
      expect(await bad([[1, 5000]])).toEqual(['Ending VLAN ID in range (5000) cannot exceed 4094']);
      expect(await bad([[20, 10]])).toEqual(['Ending VLAN ID in range must be greater than or equal to the starting VLAN ID (20-10)']);
      expect(await bad([[1, 10], [10, 20]])).toEqual(['Ranges cannot overlap.']);
      expect(await bad([[1]])).toEqual(['Ranges must be specified in the form (lower, upper).']);
      expect(await bad([['a', 2]])).toEqual(['Range boundaries must be defined as integers.']);
      const ok = await make(app.api, P.vlanGroups, { name: 'Touching', slug: 'touching', vid_ranges: [[11, 20], [1, 10]] });
      expect(ok.vid_ranges).toEqual([[11, 20], [1, 10]]);
    });

    it('needs scope_type and scope_id together, of an allowed type, pointing at an object', async () => {
      const post = (body: object) => app.api.post(P.vlanGroups, { name: 'Scoped', slug: 'scoped', ...body });
      let res = await post({ scope_type: 'dcim.site' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Cannot set scope_type without scope_id.'] });
      res = await post({ scope_id: fx.sites[0] });
      expect(res.body).toEqual({ non_field_errors: ['Cannot set scope_id without scope_type.'] });
      res = await post({ scope_type: 'dcim.device', scope_id: fx.devices[0] });
      expect(res.status).toBe(400);
      expect(res.body).toHaveProperty('scope_type');
      res = await post({ scope_type: 'dcim.site', scope_id: 999999 });
      expect(res.status).toBe(400);
      expect(res.body).toHaveProperty('scope_id');
      res = await post({ scope_type: 'dcim.location', scope_id: fx.location });
      expect(res.status).toBe(201);
      expect(res.body.scope).toMatchObject({ id: fx.location, name: 'Hall 1' });
    });

    it('keeps names and slugs unique per scope only', async () => {
      const res = await app.api.post(P.vlanGroups, { name: 'Group 1', slug: 'group-1-again', scope_type: 'dcim.site', scope_id: fx.sites[0] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['VLAN group with this Scope type, Scope id and Name already exists.'] });
      await make(app.api, P.vlanGroups, { name: 'Group 1', slug: 'group-1', scope_type: 'dcim.site', scope_id: fx.sites[2] });
    });

    it('refuses to delete a group that still has VLANs (409)', async () => {
      const res = await app.api.delete(`${P.vlanGroups}${fx.groups[0]}/`);
      expect(res.status).toBe(409);
      expect((await group(fx.groups[0]!)).status).toBe(200);
    });

    it('deletes the VLAN groups of a deleted scope, unless they still hold VLANs (409)', async () => {
      const site = await make(app.api, P.sites, { name: 'Short-lived site', slug: 'short-lived' });
      const empty = await make(app.api, P.vlanGroups, { name: 'Empty', slug: 'empty', scope_type: 'dcim.site', scope_id: site.id });
      expect((await app.api.delete(`${P.sites}${site.id}/`)).status).toBe(204);
      expect((await group(empty.id)).status).toBe(404);
      const busy = await make(app.api, P.sites, { name: 'Busy site', slug: 'busy' });
      const g = await make(app.api, P.vlanGroups, { name: 'Busy', slug: 'busy', scope_type: 'dcim.site', scope_id: busy.id });
      await make(app.api, P.vlans, { vid: 5, name: 'Busy 5', group: g.id });
      const res = await app.api.delete(`${P.sites}${busy.id}/`);
      expect(res.status).toBe(409);
      expect((await app.api.get(`${P.sites}${busy.id}/`)).status).toBe(200);
      expect((await group(g.id)).status).toBe(200);
    });

    it("keeps a VLAN's VID inside its group's ranges", async () => {
      let res = await app.api.post(P.vlans, { vid: 200, name: 'Out', group: fx.groups[0] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ vid: ['VID must be in ranges 1-100 for VLANs in group Group 1'] });
      res = await app.api.post(P.vlans, { vid: 250, name: 'Gap', group: fx.groups[1] });
      expect(res.body).toEqual({ vid: ['VID must be in ranges 100-199,300-399 for VLANs in group Group 2'] });
      await make(app.api, P.vlans, { vid: 399, name: 'Edge', group: fx.groups[1] });
      res = await app.api.patch(`${P.vlans}${fx.vlans[0]}/`, { vid: 101 });
      expect(res.body).toEqual({ vid: ['VID must be in ranges 1-100 for VLANs in group Group 1'] });
      for (const vid of [0, 4095]) {
        res = await app.api.post(P.vlans, { vid, name: `Bad ${vid}` });
        expect(res.status).toBe(400);
        expect(res.body.vid[0]).toMatch(/^Ensure this value is (greater|less) than or equal to (1|4094)\.$/);
      }
    });

    it('keeps VIDs and names unique per group, not globally', async () => {
      let res = await app.api.post(P.vlans, { vid: 10, name: 'Other name', group: fx.groups[0] });
      expect(res.body).toEqual({ non_field_errors: ['VLAN with this Group and VLAN ID already exists.'] });
      res = await app.api.post(P.vlans, { vid: 11, name: 'VLAN 10', group: fx.groups[0] });
      expect(res.body).toEqual({ non_field_errors: ['VLAN with this Group and Name already exists.'] });
      const free = await make(app.api, P.vlans, { vid: 10, name: 'VLAN 10' });
      expect(free.display).toBe('VLAN 10 (10)');
    });

    it("refuses a site outside the group's site or site-group scope", async () => {
      let res = await app.api.post(P.vlans, { vid: 12, name: 'Wrong site', group: fx.groups[0], site: fx.sites[1] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['VLAN is assigned to group Group 1 (scope: Site 1); cannot also assign to site Site 2.'] });
      const sg = await make(app.api, P.vlanGroups, { name: 'By site group', slug: 'by-site-group', scope_type: 'dcim.sitegroup', scope_id: fx.siteGroup });
      res = await app.api.post(P.vlans, { vid: 12, name: 'Not member', group: sg.id, site: fx.sites[1] });
      expect(res.body).toEqual({
        non_field_errors: ['The assigned site Site 2 is not a member of the assigned group By site group (scope: Site group 1).'],
      });
      await make(app.api, P.vlans, { vid: 12, name: 'Member', group: sg.id, site: fx.sites[0] });
    });

    it('pairs Q-in-Q customer VLANs with a service VLAN', async () => {
      let res = await app.api.post(P.vlans, { vid: 40, name: 'C without S', qinq_role: 'cvlan' });
      expect(res.body).toEqual({ qinq_role: ['A Q-in-Q customer VLAN must be assigned to a service VLAN.'] });
      res = await app.api.post(P.vlans, { vid: 40, name: 'S under S', qinq_role: 'svlan', qinq_svlan: fx.vlans[2] });
      expect(res.body).toEqual({ qinq_svlan: ['Only Q-in-Q customer VLANs maybe assigned to a service VLAN.'] });
      const c = await make(app.api, P.vlans, { vid: 40, name: 'Customer 40', qinq_role: 'cvlan', qinq_svlan: fx.vlans[2] });
      expect(c.qinq_role).toMatchObject({ value: 'cvlan', label: 'Customer' });
      expect(c.qinq_svlan).toMatchObject({ id: fx.vlans[2], vid: 30, name: 'VLAN 30' });
      res = await app.api.post(P.vlans, { vid: 40, name: 'Customer 40b', qinq_role: 'cvlan', qinq_svlan: fx.vlans[2] });
      expect(res.body).toEqual({ non_field_errors: ['VLAN with this Qinq svlan and VLAN ID already exists.'] });
      expect((await app.api.get(`${P.vlans}?qinq_svlan_id=${fx.vlans[2]}`)).body.count).toBe(1);
      expect((await app.api.get(`${P.vlans}?qinq_svlan_vid=30`)).body.count).toBe(1);
      expect((await app.api.delete(`${P.vlans}${fx.vlans[2]}/`)).status).toBe(409);
    });

    it('finds the VLANs available at a site or on a device through region, site group, location and rack scopes', async () => {
      const site = await make(app.api, P.sites, { name: 'Scoped site', slug: 'scoped-site', region: fx.region, group: fx.siteGroup });
      const byRegion = await make(app.api, P.vlanGroups, { name: 'By region', slug: 'by-region', scope_type: 'dcim.region', scope_id: fx.region });
      const byLocation = await make(app.api, P.vlanGroups, { name: 'By hall', slug: 'by-hall', scope_type: 'dcim.location', scope_id: fx.location });
      const rv = await make(app.api, P.vlans, { vid: 700, name: 'Regional', group: byRegion.id });
      const lv = await make(app.api, P.vlans, { vid: 701, name: 'Hall', group: byLocation.id });
      const ids = async (q: string) => (await app.api.get(`${P.vlans}?${q}&limit=0`)).body.results.map((v: any) => v.id);
      const atSite = await ids(`available_at_site=${site.id}`);
      expect(atSite).toContain(rv.id);
      expect(atSite).not.toContain(lv.id);
      expect(atSite).not.toContain(fx.vlans[1]); // site 1's own VLAN
      expect(atSite).toContain(fx.vlans[2]); // global
      const onDevice = await ids(`available_on_device=${fx.devices[0]}`);
      expect(onDevice).toEqual(expect.arrayContaining([rv.id, lv.id, fx.vlans[0], fx.vlans[1], fx.vlans[2]]));
      expect(onDevice).not.toContain(fx.vlans[3]);
      expect(await ids(`available_on_device=${fx.devices[1]}`)).not.toContain(lv.id);
    });

    it('documents the endpoints and the extra fields in the OpenAPI document', async () => {
      const res = await app.api.get('/api/schema/');
      expect(res.status).toBe(200);
      for (const path of ['/api/ipam/vlan-groups/', '/api/ipam/vlans/{id}/', '/api/ipam/vlan-translation-rules/', '/api/ipam/vlan-groups/{id}/available-vlans/'])
        expect(res.body.paths, path).toHaveProperty([path]);
      const schemas = JSON.stringify(res.body.components.schemas);
      for (const name of ['vid_ranges', 'untagged_vlan', 'tagged_vlans', 'vlan_translation_policy', 'qinq_svlan']) expect(schemas).toContain(`"${name}"`);
    });

    it('counts prefixes per VLAN and VLANs per tenant and site, at the reference positions', async () => {
      await make(app.api, P.prefixes, { prefix: '10.10.0.0/24', vlan: fx.vlans[1] });
      const vlan = (await app.api.get(`${P.vlans}${fx.vlans[1]}/`)).body;
      expect(vlan.prefix_count).toBe(1);
      const tenant = (await app.api.get(`${P.tenants}${fx.tenants[0]}/`)).body;
      expect(tenant.vlan_count).toBe(1);
      const tkeys = Object.keys(tenant);
      expect(tkeys.indexOf('vlan_count')).toBeGreaterThan(tkeys.indexOf('site_count'));
      if (tkeys.includes('vrf_count')) expect(tkeys.indexOf('vlan_count')).toBe(tkeys.indexOf('vrf_count') - 1);
      const site = (await app.api.get(`${P.sites}${fx.sites[0]}/`)).body;
      expect(site.vlan_count).toBeGreaterThanOrEqual(2);
      const skeys = Object.keys(site);
      expect(skeys.indexOf('vlan_count')).toBeGreaterThan(skeys.indexOf('rack_count'));
      expect((await app.api.get(`${P.sites}${fx.sites[2]}/`)).body.vlan_count).toBe(0);
    });
  });

  describe('VLAN translation policies and rules', () => {
    let app: TestApp;
    let fx: VlanFixtures;
    beforeAll(async () => {
      app = await createTestApp(ipamApp);
      fx = await vlanFixtures(app);
    }, SETUP_TIMEOUT);
    afterAll(async () => app.close());

    it('shows a policy with its rules in full, ordered by local VID', async () => {
      await make(app.api, P.rules, { policy: fx.policies[0], local_vid: 50, remote_vid: 60 });
      const res = await app.api.get(`${P.policies}${fx.policies[0]}/`);
      expect(res.body.rules.map((r: any) => [r.local_vid, r.remote_vid])).toEqual([[50, 60], [100, 200]]);
      expect(res.body.rules[0]).toMatchObject({ policy: fx.policies[0], description: '' });
      expect(Object.keys(res.body.rules[0])).toEqual(['id', 'url', 'display', 'policy', 'local_vid', 'remote_vid', 'description']);
    });

    it('keeps local and remote VIDs unique per policy', async () => {
      let res = await app.api.post(P.rules, { policy: fx.policies[0], local_vid: 100, remote_vid: 999 });
      expect(res.body).toEqual({ non_field_errors: ['VLAN translation rule with this Policy and Local VLAN ID already exists.'] });
      res = await app.api.post(P.rules, { policy: fx.policies[0], local_vid: 998, remote_vid: 200 });
      expect(res.body).toEqual({ non_field_errors: ['VLAN translation rule with this Policy and Remote VLAN ID already exists.'] });
      await make(app.api, P.rules, { policy: fx.policies[1], local_vid: 100, remote_vid: 200 });
      res = await app.api.post(P.policies, { name: 'Policy 1' });
      expect(res.body).toEqual({ name: ['VLAN translation policy with this name already exists.'] });
    });

    it("deletes a policy's rules with it, but not a policy an interface applies (409)", async () => {
      const policy = await make(app.api, P.policies, { name: 'Doomed' });
      const rule = await make(app.api, P.rules, { policy: policy.id, local_vid: 1, remote_vid: 2 });
      expect((await app.api.delete(`${P.policies}${policy.id}/`)).status).toBe(204);
      expect((await app.api.get(`${P.rules}${rule.id}/`)).status).toBe(404);
      const used = await make(app.api, P.policies, { name: 'Used' });
      const patched = await app.api.patch(`${P.interfaces}${fx.interfaces[1]}/`, { vlan_translation_policy: used.id });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      expect(patched.body.vlan_translation_policy).toMatchObject({ id: used.id, name: 'Used' });
      expect((await app.api.delete(`${P.policies}${used.id}/`)).status).toBe(409);
    });
  });
});
