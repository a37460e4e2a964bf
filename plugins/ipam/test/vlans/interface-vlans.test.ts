/**
 * The 802.1Q and VRF fields the VLANs area adds to /api/dcim/interfaces/, through HTTP: their
 * place in the reference's key order, NetBox's mode rules and site rules, tagged VLANs dropped by
 * a Q-in-Q interface, the interface and VLAN filters, and a list whose cost stays bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { P, SETUP_TIMEOUT, ipamApp, make, vlanFixtures, type VlanFixtures } from './fixtures.js';

eachDatabase(() => {
  describe('interface VLANs', () => {
    let app: TestApp;
    let fx: VlanFixtures;
    let offSite: number;
    let vrf: number;
    beforeAll(async () => {
      app = await createTestApp(ipamApp);
      fx = await vlanFixtures(app);
      offSite = (await make(app.api, P.vlans, { vid: 77, name: 'Site 2 VLAN', site: fx.sites[1] })).id;
      vrf = (await make(app.api, P.vrfs, { name: 'Blue', rd: '65000:7' })).id;
    }, SETUP_TIMEOUT);
    afterAll(async () => app.close());

    const iface = (i: number) => `${P.interfaces}${fx.interfaces[i]}/`;
    const fresh = async (name: string, device = fx.devices[0]) =>
      (await make(app.api, P.interfaces, { device, name, type: '1000base-t' })).id as number;

    it('shows the new fields at their places in the reference Interface', async () => {
      const body = (await app.api.get(iface(0))).body;
      const keys = Object.keys(body);
      const at = (k: string) => keys.indexOf(k);
      expect(keys.slice(at('tx_power'), at('tx_power') + 5)).toEqual(['tx_power', 'untagged_vlan', 'tagged_vlans', 'qinq_svlan', 'vlan_translation_policy']);
      expect(at('vrf')).toBeGreaterThan(at('mark_connected'));
      expect(at('vrf')).toBeLessThan(at('tags'));
      expect(body).toMatchObject({ untagged_vlan: null, tagged_vlans: [], qinq_svlan: null, vlan_translation_policy: null, vrf: null });
    });

    it('takes an untagged VLAN in access mode and a VRF', async () => {
      const id = await fresh('acc0');
      const res = await app.api.patch(`${P.interfaces}${id}/`, { mode: 'access', untagged_vlan: fx.vlans[0], vrf });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.mode).toEqual({ value: 'access', label: 'Access' });
      expect(res.body.untagged_vlan).toMatchObject({ id: fx.vlans[0], vid: 10, name: 'VLAN 10' });
      expect(res.body.vrf).toMatchObject({ id: vrf, name: 'Blue', rd: '65000:7' });
    });

    it("refuses VLANs the mode cannot carry, with NetBox's messages", async () => {
      const id = await fresh('bad0');
      const url = `${P.interfaces}${id}/`;
      let res = await app.api.patch(url, { untagged_vlan: fx.vlans[2] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ untagged_vlan: ['Interface mode does not support untagged vlan'] });
      res = await app.api.patch(url, { tagged_vlans: [fx.vlans[2]] });
      expect(res.body).toEqual({ tagged_vlans: ['Interface mode does not support tagged vlans'] });
      res = await app.api.patch(url, { mode: 'access', tagged_vlans: [fx.vlans[2]] });
      expect(res.body).toEqual({ tagged_vlans: ['Interface mode does not support tagged vlans'] });
      res = await app.api.patch(url, { mode: 'tagged-all', tagged_vlans: [fx.vlans[2]] });
      expect(res.body).toEqual({ tagged_vlans: ['Interface mode does not support tagged vlans'] });
      res = await app.api.patch(url, { mode: 'access', qinq_svlan: fx.vlans[2] });
      expect(res.body).toEqual({ qinq_svlan: ['Interface mode does not support q-in-q service vlan'] });
      res = await app.api.post(P.interfaces, { device: fx.devices[0], name: 'bad1', type: '1000base-t', untagged_vlan: fx.vlans[2] });
      expect(res.status).toBe(400);
      expect((await app.api.get(`${P.interfaces}?device_id=${fx.devices[0]}&name=bad1`)).body.count).toBe(0);
    });

    it("refuses VLANs of another site than the device's", async () => {
      const id = await fresh('site0');
      const url = `${P.interfaces}${id}/`;
      let res = await app.api.patch(url, { mode: 'access', untagged_vlan: offSite });
      expect(res.body).toEqual({
        untagged_vlan: ["The untagged VLAN (Site 2 VLAN (77)) must belong to the same site as the interface's parent device, or it must be global."],
      });
      res = await app.api.patch(url, { mode: 'tagged', tagged_vlans: [fx.vlans[2], offSite] });
      expect(res.body).toEqual({ tagged_vlans: ["VLAN Site 2 VLAN (77) must belong to the same site as the interface's parent device, or it must be global."] });
      res = await app.api.patch(url, { mode: 'tagged', tagged_vlans: [fx.vlans[0], fx.vlans[2]], untagged_vlan: fx.vlans[1] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.tagged_vlans.map((v: any) => v.vid).sort()).toEqual([10, 30]);
      const other = await fresh('site1', fx.devices[1]);
      res = await app.api.patch(`${P.interfaces}${other}/`, { mode: 'tagged', tagged_vlans: [offSite, fx.vlans[2]] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    });

    it('keeps tagged VLANs only while the mode is tagged', async () => {
      const id = await fresh('tag0');
      const url = `${P.interfaces}${id}/`;
      expect((await app.api.patch(url, { mode: 'tagged', tagged_vlans: [fx.vlans[2]] })).status).toBe(200);
      // NetBox reads the assigned tagged VLANs when none are given: access mode with them is refused…
      let res = await app.api.patch(url, { mode: 'access' });
      expect(res.body).toEqual({ tagged_vlans: ['Interface mode does not support tagged vlans'] });
      // …and Q-in-Q mode drops them (BaseInterface.save()).
      res = await app.api.patch(url, { mode: 'q-in-q', qinq_svlan: fx.vlans[2] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.tagged_vlans).toEqual([]);
      expect(res.body.qinq_svlan).toMatchObject({ id: fx.vlans[2] });
      res = await app.api.patch(url, { mode: 'tagged', qinq_svlan: null, tagged_vlans: [fx.vlans[0]] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      res = await app.api.patch(url, { mode: 'access', tagged_vlans: [] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.tagged_vlans).toEqual([]);
    });

    it('filters interfaces by VLAN (id or VID, tagged or untagged), VRF and policy, and VLANs by interface', async () => {
      const a = await fresh('flt0');
      const b = await fresh('flt1');
      await app.api.patch(`${P.interfaces}${a}/`, { mode: 'access', untagged_vlan: fx.vlans[1], vrf });
      await app.api.patch(`${P.interfaces}${b}/`, { mode: 'tagged', tagged_vlans: [fx.vlans[1], fx.vlans[2]], vlan_translation_policy: fx.policies[0] });
      const names = async (q: string) => {
        const res = await app.api.get(`${P.interfaces}?${q}&limit=0`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body.results.map((i: any) => i.name).filter((n: string) => n.startsWith('flt')).sort();
      };
      expect(await names(`vlan_id=${fx.vlans[1]}`)).toEqual(['flt0', 'flt1']);
      expect(await names('vlan=30')).toEqual(['flt1']);
      expect(await names(`vrf_id=${vrf}`)).toEqual(['flt0']);
      expect(await names('vrf=65000:7')).toEqual(['flt0']);
      expect(await names('vlan_translation_policy=Policy 1')).toEqual(['flt1']);
      expect(await names(`vlan_translation_policy_id=${fx.policies[0]}`)).toEqual(['flt1']);
      const vlans = (await app.api.get(`${P.vlans}?interface_id=${b}`)).body.results.map((v: any) => v.vid);
      expect(vlans.sort()).toEqual([20, 30]);
      expect((await app.api.get(`${P.vlans}?interface_id=${a}`)).body.count).toBe(1);
    });

    it('clears the interface when its VLANs are deleted', async () => {
      const v = await make(app.api, P.vlans, { vid: 88, name: 'Short lived' });
      const id = await fresh('del0');
      await app.api.patch(`${P.interfaces}${id}/`, { mode: 'tagged', untagged_vlan: v.id, tagged_vlans: [v.id] });
      expect((await app.api.delete(`${P.vlans}${v.id}/`)).status).toBe(204);
      const body = (await app.api.get(`${P.interfaces}${id}/`)).body;
      expect(body).toMatchObject({ untagged_vlan: null, tagged_vlans: [] });
    });

    it('lists interfaces with their VLANs at a cost that does not grow with the page', async () => {
      for (const [i, name] of ['cnt0', 'cnt1', 'cnt2'].entries()) {
        const id = await fresh(name);
        await app.api.patch(`${P.interfaces}${id}/`, { mode: 'tagged', untagged_vlan: fx.vlans[i % 2], tagged_vlans: [fx.vlans[2]], vrf });
      }
      app.queries.reset();
      await app.api.get(`${P.interfaces}?name__isw=cnt&limit=1`);
      const one = app.queries.total;
      app.queries.reset();
      const res = await app.api.get(`${P.interfaces}?name__isw=cnt&limit=3`);
      expect(app.queries.total).toBe(one);
      expect(res.body.results.every((i: any) => i.tagged_vlans.length === 1 && i.untagged_vlan && i.vrf)).toBe(true);
    });
  });
});
