/** NetBox's validation rules of the numbering models, and their displays, through HTTP, on every database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { P, baseFixtures, ipamApp, make, type Base } from './fixtures.js';

eachDatabase((database) => {
  describe('numbering rules', () => {
    let app: TestApp;
    let base: Base;
    beforeAll(async () => {
      app = await createTestApp({ ...ipamApp, database });
      base = await baseFixtures(app);
    });
    afterAll(async () => app.close());

    describe('aggregates', () => {
      it('refuses a /0', async () => {
        const res = await app.api.post(P.aggregates, { prefix: '::/0', rir: base.rirs[0] });
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ prefix: ['Cannot create aggregate with /0 mask.'] });
      });

      it('refuses an aggregate covered by, or covering, another, naming it', async () => {
        await make(app.api, P.aggregates, { prefix: '100.64.0.0/10', rir: base.rirs[2] });
        const inner = await app.api.post(P.aggregates, { prefix: '100.64.1.0/24', rir: base.rirs[0] });
        expect(inner.status).toBe(400);
        expect(inner.body).toEqual({
          prefix: ['Aggregates cannot overlap. 100.64.1.0/24 is already covered by an existing aggregate (100.64.0.0/10).'],
        });
        const same = await app.api.post(P.aggregates, { prefix: '100.64.0.0/10', rir: base.rirs[0] });
        expect(same.body.prefix[0]).toContain('is already covered by an existing aggregate (100.64.0.0/10)');
        const outer = await app.api.post(P.aggregates, { prefix: '100.0.0.0/8', rir: base.rirs[0] });
        expect(outer.status).toBe(400);
        expect(outer.body).toEqual({ prefix: ['Prefixes cannot overlap aggregates. 100.0.0.0/8 covers an existing aggregate (100.64.0.0/10).'] });
      });

      it('lets an aggregate be edited without tripping over itself, and clears host bits', async () => {
        const agg = await make(app.api, P.aggregates, { prefix: '203.0.113.7/24', rir: base.rirs[0] });
        expect(agg).toMatchObject({ prefix: '203.0.113.0/24', display: '203.0.113.0/24', family: { value: 4, label: 'IPv4' } });
        const res = await app.api.patch(`${P.aggregates}${agg.id}/`, { prefix: '203.0.113.0/24', description: 'same' });
        expect(res.status).toBe(200);
        expect((await app.api.post(P.aggregates, { prefix: 'nonsense', rir: base.rirs[0] })).status).toBe(400);
      });

      it('counts the aggregates of each RIR', async () => {
        const rir = await make(app.api, P.rirs, { name: 'LACNIC', slug: 'lacnic' });
        await make(app.api, P.aggregates, { prefix: '2001:db8:1::/48', rir: rir.id });
        await make(app.api, P.aggregates, { prefix: '2001:db8:2::/48', rir: rir.id });
        expect((await app.api.get(`${P.rirs}${rir.id}/`)).body.aggregate_count).toBe(2);
        expect((await app.api.delete(`${P.rirs}${rir.id}/`)).status).toBe(409);
      });
    });

    describe('ASNs and ranges', () => {
      it('keeps ASNs between 1 and 4294967295 and unique', async () => {
        for (const [asn, msg] of [[0, 'Ensure this value is greater than or equal to 1.'], [4294967296, 'Ensure this value is less than or equal to 4294967295.']] as const) {
          const res = await app.api.post(P.asns, { asn, rir: base.rirs[0] });
          expect(res.status).toBe(400);
          expect(res.body).toEqual({ asn: [msg] });
        }
        await make(app.api, P.asns, { asn: 64999, rir: base.rirs[0] });
        const dup = await app.api.post(P.asns, { asn: 64999, rir: base.rirs[1] });
        expect(dup.status).toBe(400);
        expect(Object.keys(dup.body)).toEqual(['asn']);
        expect((await app.api.post(P.asns, { asn: 64998 })).body).toEqual({ rir: ['This field is required.'] });
      });

      it('shows 32-bit ASNs with their asdot form', async () => {
        const big = await make(app.api, P.asns, { asn: 4200000001, rir: base.rirs[0] });
        expect(big).toMatchObject({ asn: 4200000001, display: 'AS4200000001 (64086.59905)' });
        const small = await make(app.api, P.asns, { asn: 65010, rir: base.rirs[0] });
        expect(small.display).toBe('AS65010');
      });

      it('wants a range to start below its end', async () => {
        const res = await app.api.post(P.asnRanges, { name: 'Flat', slug: 'flat', rir: base.rirs[0], start: 100, end: 100 });
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ non_field_errors: ['Starting ASN (100) must be lower than ending ASN (100).'] });
        const ok = await make(app.api, P.asnRanges, { name: 'Ok', slug: 'ok', rir: base.rirs[0], start: 100, end: 200 });
        expect(ok.display).toBe('Ok (100-200)');
        const patched = await app.api.patch(`${P.asnRanges}${ok.id}/`, { end: 50 });
        expect(patched.body).toEqual({ non_field_errors: ['Starting ASN (100) must be lower than ending ASN (50).'] });
      });

      it('counts the ASNs inside each range on a list page in one statement', async () => {
        const r = await make(app.api, P.asnRanges, { name: 'Counted', slug: 'counted', rir: base.rirs[1], start: 70000, end: 70010 });
        for (const asn of [70000, 70005, 70010, 70011]) await make(app.api, P.asns, { asn, rir: base.rirs[1] });
        expect((await app.api.get(`${P.asnRanges}${r.id}/`)).body.asn_count).toBe(3);
        const list = await app.api.get(`${P.asnRanges}?slug=counted&slug=ok`);
        expect(list.body.results.map((x: any) => [x.slug, x.asn_count])).toEqual([['counted', 3], ['ok', 0]]);
        // Write responses count too.
        const late = await make(app.api, P.asnRanges, { name: 'Late', slug: 'late', rir: base.rirs[1], start: 70000, end: 70011 });
        expect(late.asn_count).toBe(4);
        expect((await app.api.patch(`${P.asnRanges}${late.id}/`, { end: 70001 })).body.asn_count).toBe(1);
      });
    });

    describe('VRFs and route targets', () => {
      it('keeps route distinguishers unique, allowing many VRFs without one', async () => {
        const a = await make(app.api, P.vrfs, { name: 'A', rd: '65100:1' });
        expect(a.display).toBe('A (65100:1)');
        const dup = await app.api.post(P.vrfs, { name: 'B', rd: '65100:1' });
        expect(dup.status).toBe(400);
        expect(Object.keys(dup.body)).toEqual(['rd']);
        const n1 = await make(app.api, P.vrfs, { name: 'No RD', rd: '' });
        const n2 = await make(app.api, P.vrfs, { name: 'No RD' });
        expect([n1.rd, n2.rd, n2.display, n2.enforce_unique]).toEqual([null, null, 'No RD', true]);
      });

      it('keeps route target names unique and at most 21 characters', async () => {
        await make(app.api, P.routeTargets, { name: '65100:77' });
        const dup = await app.api.post(P.routeTargets, { name: '65100:77' });
        expect(dup.status).toBe(400);
        expect(Object.keys(dup.body)).toEqual(['name']);
        const long = await app.api.post(P.routeTargets, { name: '4294967295:4294967295X' });
        expect(long.body).toEqual({ name: ['Ensure this field has no more than 21 characters.'] });
      });

      it('shows import and export targets in brief form and counts a tenant’s VRFs after its other counts', async () => {
        const rt = await make(app.api, P.routeTargets, { name: '65100:88', description: 'shared' });
        const tenant = await make(app.api, P.tenants, { name: 'VRF owner', slug: 'vrf-owner' });
        const vrf = await make(app.api, P.vrfs, { name: 'Owned', tenant: tenant.id, import_targets: [{ name: '65100:88' }] });
        expect(vrf.import_targets).toEqual([expect.objectContaining({ id: rt.id, name: '65100:88', description: 'shared' })]);
        expect(Object.keys(vrf.import_targets[0])).toEqual(['id', 'url', 'display', 'name', 'description']);
        await make(app.api, P.vrfs, { name: 'Owned 2', tenant: tenant.id });
        const t = (await app.api.get(`${P.tenants}${tenant.id}/`)).body;
        expect(t.vrf_count).toBe(2);
        const keys = Object.keys(t);
        expect(keys.indexOf('vrf_count')).toBeGreaterThan(keys.indexOf('site_count'));
        // Deleting the target unlinks it; deleting the tenant is refused while it has VRFs.
        expect((await app.api.delete(`${P.routeTargets}${rt.id}/`)).status).toBe(204);
        expect((await app.api.get(`${P.vrfs}${vrf.id}/`)).body.import_targets).toEqual([]);
        expect((await app.api.delete(`${P.tenants}${tenant.id}/`)).status).toBe(409);
      });
    });

    describe('counts of prefixes, addresses and VLANs', () => {
      it('counts a VRF’s prefixes and IP addresses, and a role’s prefixes and VLANs', async () => {
        const vrf = await make(app.api, P.vrfs, { name: 'Counted VRF' });
        const role = await make(app.api, P.roles, { name: 'Counted role', slug: 'counted-role' });
        await make(app.api, P.prefixes, { prefix: '10.200.0.0/16', vrf: vrf.id, role: role.id });
        await make(app.api, P.prefixes, { prefix: '10.201.0.0/16', vrf: vrf.id });
        await make(app.api, P.ipAddresses, { address: '10.200.0.1/16', vrf: vrf.id });
        await make(app.api, P.vlans, { vid: 100, name: 'counted', role: role.id });
        expect((await app.api.get(`${P.vrfs}${vrf.id}/`)).body).toMatchObject({ prefix_count: 2, ipaddress_count: 1 });
        expect((await app.api.get(`${P.vrfs}${vrf.id}/?brief=true`)).body).toMatchObject({ prefix_count: 2 });
        expect((await app.api.get(`${P.roles}${role.id}/`)).body).toMatchObject({ prefix_count: 1, vlan_count: 1 });
        expect((await app.api.delete(`${P.vrfs}${vrf.id}/`)).status).toBe(409);
      });
    });

    describe('sites gain ASNs', () => {
      it('shows a site’s ASNs before its tags, filters sites by ASN, and counts sites per ASN', async () => {
        const a1 = await make(app.api, P.asns, { asn: 65201, rir: base.rirs[0] });
        const a2 = await make(app.api, P.asns, { asn: 65202, rir: base.rirs[0] });
        const s1 = await make(app.api, P.sites, { name: 'ASN site 1', slug: 'asn-site-1', asns: [a1.id, a2.id] });
        await make(app.api, P.sites, { name: 'ASN site 2', slug: 'asn-site-2', asns: [{ asn: 65202 }] });
        const keys = Object.keys(s1);
        expect(keys.slice(keys.indexOf('comments'), keys.indexOf('comments') + 3)).toEqual(['comments', 'asns', 'tags']);
        expect(s1.asns.map((a: any) => a.display)).toEqual(['AS65201', 'AS65202']);
        expect(Object.keys(s1.asns[0])).toEqual(['id', 'url', 'display', 'asn', 'description']);
        expect((await app.api.get(`${P.sites}?asn=65202`)).body.count).toBe(2);
        expect((await app.api.get(`${P.sites}?asn_id=${a1.id}`)).body.count).toBe(1);
        expect((await app.api.get(`${P.sites}?asn=65201&asn=65202`)).body.count).toBe(2);
        expect((await app.api.get(`${P.asns}${a2.id}/`)).body).toMatchObject({ site_count: 2 });
        const cleared = await app.api.patch(`${P.sites}${s1.id}/`, { asns: [] });
        expect(cleared.body.asns).toEqual([]);
        expect((await app.api.get(`${P.asns}${a2.id}/`)).body.site_count).toBe(1);
      });
    });
  });
});
