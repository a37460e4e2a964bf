/**
 * /api/ipam/vlan-groups/{id}/available-vlans/ through HTTP: free VIDs from the group's ranges,
 * allocation of one or many VLANs under the group's lock (distinct VIDs even when concurrent),
 * 409 when the group is full, 400 for a bad body, 404 for an unknown group, 403 without rights.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { P, SETUP_TIMEOUT, ipamApp, make, vlanFixtures, type VlanFixtures } from './fixtures.js';

eachDatabase(() => {
  describe('available VLANs', () => {
    let app: TestApp;
    let fx: VlanFixtures;
    beforeAll(async () => {
      app = await createTestApp(ipamApp);
      fx = await vlanFixtures(app);
    }, SETUP_TIMEOUT);
    afterAll(async () => app.close());

    const url = (id: number) => `${P.vlanGroups}${id}/available-vlans/`;

    it('lists the free VIDs of the ranges with the group, honouring limit', async () => {
      let res = await app.api.get(`${url(fx.groups[0]!)}?limit=3`);
      expect(res.status).toBe(200);
      expect(res.body.map((v: any) => v.vid)).toEqual([1, 2, 3]);
      expect(res.body[0].group).toMatchObject({ id: fx.groups[0], name: 'Group 1', slug: 'group-1' });
      expect(Object.keys(res.body[0])).toEqual(['vid', 'group']);
      res = await app.api.get(`${url(fx.groups[1]!)}?limit=0`);
      const vids = res.body.map((v: any) => v.vid);
      expect(vids).toHaveLength(199);
      expect(vids).not.toContain(101);
      expect(vids.slice(0, 2)).toEqual([100, 102]);
      expect(vids.at(-1)).toBe(399);
      res = await app.api.get(url(fx.groups[2]!));
      expect(res.body).toHaveLength(50);
    });

    it('allocates the next free VIDs for one body or a list, ignoring a VID the client sends', async () => {
      const g = await make(app.api, P.vlanGroups, { name: 'Alloc', slug: 'alloc', vid_ranges: [[10, 20]] });
      await make(app.api, P.vlans, { vid: 10, name: 'Taken', group: g.id });
      let res = await app.api.post(url(g.id), { name: 'First', vid: 15, status: 'reserved', tenant: fx.tenants[0] });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ vid: 11, name: 'First', status: { value: 'reserved' }, group: { id: g.id }, tenant: { id: fx.tenants[0] } });
      res = await app.api.post(url(g.id), [{ name: 'Second' }, { name: 'Third', description: 'x' }]);
      expect(res.status).toBe(201);
      expect(res.body.map((v: any) => [v.vid, v.name])).toEqual([[12, 'Second'], [13, 'Third']]);
      expect((await app.api.get(`${P.vlanGroups}${g.id}/`)).body.vlan_count).toBe(4);
    });

    it('answers 409 when the group has too few free VIDs, and creates nothing', async () => {
      const g = await make(app.api, P.vlanGroups, { name: 'Tiny', slug: 'tiny', vid_ranges: [[5, 6]] });
      const res = await app.api.post(url(g.id), [{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ detail: 'The requested number of VLANs is not available' });
      expect((await app.api.get(`${P.vlans}?group_id=${g.id}`)).body.count).toBe(0);
      // The bodies are validated first, as NetBox does: a nameless one is a 400 even here.
      const bad = await app.api.post(url(g.id), [{ name: 'a' }, {}, { name: 'c' }]);
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual([{}, { name: ['This field is required.'] }, {}]);
    });

    it('validates the bodies (400) and knows only existing groups (404)', async () => {
      let res = await app.api.post(url(fx.groups[2]!), { description: 'no name' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ name: ['This field is required.'] });
      res = await app.api.post(url(fx.groups[2]!), [{ name: 'ok' }, { name: 'x'.repeat(65) }]);
      expect(res.status).toBe(400);
      expect(res.body[0]).toEqual({});
      expect(res.body[1]).toHaveProperty('name');
      expect((await app.api.get(`${P.vlans}?group_id=${fx.groups[2]}`)).body.count).toBe(0);
      expect((await app.api.get(url(999999))).status).toBe(404);
      expect((await app.api.post(url(999999), { name: 'x' })).status).toBe(404);
    });

    it('never hands out the same VID to concurrent requests', async () => {
      const g = await make(app.api, P.vlanGroups, { name: 'Race', slug: 'race', vid_ranges: [[1, 50]] });
      const results = await Promise.all([0, 1, 2, 3, 4].map((i) => app.api.post(url(g.id), { name: `race-${i}` })));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.body.vid)).size).toBe(5);
    });

    it('needs view on the group and add on VLANs', async () => {
      const viewer = await app.createUser({ permissions: [{ objectTypes: ['ipam.vlangroup'], actions: ['view'] }] });
      expect((await viewer.client.get(url(fx.groups[0]!))).status).toBe(200);
      expect((await viewer.client.post(url(fx.groups[0]!), { name: 'nope' })).status).toBe(403);
      const nobody = await app.createUser({ username: 'nobody', permissions: [] });
      expect((await nobody.client.get(url(fx.groups[0]!))).status).toBe(403);
    });
  });
});
