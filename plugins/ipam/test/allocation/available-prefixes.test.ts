/**
 * available-prefixes (NetBox's AvailablePrefixesView): the free child networks as the largest
 * aligned blocks, per VRF (global containers see every VRF), IPv4 and IPv6; POST allocating the
 * first block that fits each requested length (a list in order), the VRF copied, NetBox's
 * prefix_length errors (always a list) and the 409 when nothing fits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, expectQueryCount, type TestApp } from '@patchbay/core/testing';
import { PREFIXES, allocationWorld, ipamApp, make, type AllocationWorld } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let w: AllocationWorld;
  beforeAll(async () => {
    app = await createTestApp({ ...ipamApp, database });
    w = await allocationWorld(app);
  });
  afterAll(async () => app?.close());

  const prefix = (body: Record<string, unknown>) => make(app.api, PREFIXES, body);
  const free = async (id: number) => {
    const res = await app.api.get(`${PREFIXES}${id}/available-prefixes/`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as { prefix: string }[]).map((r) => r.prefix);
  };

  describe('GET', () => {
    it('lists the gaps between children as the largest aligned blocks, nested children counted once', async () => {
      const p = await prefix({ prefix: '10.0.0.0/24', status: 'container' });
      await prefix({ prefix: '10.0.0.0/26' });
      await prefix({ prefix: '10.0.0.0/28' });
      await prefix({ prefix: '10.0.0.128/27' });
      await prefix({ prefix: '10.0.0.200/32' });
      const res = await app.api.get(`${PREFIXES}${p.id}/available-prefixes/`);
      expect(res.body[0]).toEqual({ family: 4, prefix: '10.0.0.64/26', vrf: null });
      expect(res.body.map((r: { prefix: string }) => r.prefix)).toEqual([
        '10.0.0.64/26', '10.0.0.160/27', '10.0.0.192/29', '10.0.0.201/32', '10.0.0.202/31', '10.0.0.204/30', '10.0.0.208/28', '10.0.0.224/27',
      ]);
    });
    it('an empty prefix is one block, a full one none', async () => {
      expect(await free((await prefix({ prefix: '10.1.0.0/16' })).id)).toEqual(['10.1.0.0/16']);
      const full = await prefix({ prefix: '10.2.0.0/31' });
      await prefix({ prefix: '10.2.0.0/32' });
      await prefix({ prefix: '10.2.0.1/32' });
      expect(await free(full.id)).toEqual([]);
    });
    it('sees children of its own VRF only, unless it is a global container', async () => {
      const blue = await prefix({ prefix: '10.3.0.0/24', vrf: w.vrfs[0] });
      await prefix({ prefix: '10.3.0.0/25', vrf: w.vrfs[0] });
      await prefix({ prefix: '10.3.0.128/25', vrf: w.vrfs[1] });
      const res = await app.api.get(`${PREFIXES}${blue.id}/available-prefixes/`);
      expect(res.body).toEqual([{ family: 4, prefix: '10.3.0.128/25', vrf: expect.objectContaining({ id: w.vrfs[0], name: 'Blue' }) }]);
      const globalActive = await prefix({ prefix: '10.3.4.0/24' });
      await prefix({ prefix: '10.3.4.0/25', vrf: w.vrfs[0] });
      expect(await free(globalActive.id)).toEqual(['10.3.4.0/24']);
      const globalContainer = await prefix({ prefix: '10.3.0.0/22', status: 'container' });
      expect(await free(globalContainer.id)).toEqual(['10.3.1.0/24', '10.3.2.0/23']);
    });
    it('costs the same statements whatever the number of children and gaps', async () => {
      const p = await prefix({ prefix: '10.5.0.0/16', vrf: w.vrfs[0] });
      await expectQueryCount(app, 'ipam.prefix:available-prefixes', () => app.api.get(`${PREFIXES}${p.id}/available-prefixes/`));
      for (const n of [1, 3, 5, 7, 9]) await prefix({ prefix: `10.5.${n}.0/24`, vrf: w.vrfs[0] });
      await expectQueryCount(app, 'ipam.prefix:available-prefixes', () => app.api.get(`${PREFIXES}${p.id}/available-prefixes/`));
    });
    it('works in IPv6', async () => {
      const p = await prefix({ prefix: '2001:db8::/32', status: 'container' });
      await prefix({ prefix: '2001:db8::/48' });
      await prefix({ prefix: '2001:db8:8000::/33' });
      expect(await free(p.id)).toEqual([
        '2001:db8:1::/48', '2001:db8:2::/47', '2001:db8:4::/46', '2001:db8:8::/45', '2001:db8:10::/44', '2001:db8:20::/43',
        '2001:db8:40::/42', '2001:db8:80::/41', '2001:db8:100::/40', '2001:db8:200::/39', '2001:db8:400::/38', '2001:db8:800::/37',
        '2001:db8:1000::/36', '2001:db8:2000::/35', '2001:db8:4000::/34',
      ]);
    });
  });

  describe('POST', () => {
    it('allocates the first block that fits each length, in request order, with the VRF and fields given', async () => {
      const p = await prefix({ prefix: '10.8.0.0/24', vrf: w.vrfs[1], status: 'container' });
      await prefix({ prefix: '10.8.0.0/26', vrf: w.vrfs[1] });
      const one = await app.api.post(`${PREFIXES}${p.id}/available-prefixes/`, { prefix_length: 28, description: 'one', status: 'reserved' });
      expect(one.status, JSON.stringify(one.body)).toBe(201);
      expect(one.body).toMatchObject({ prefix: '10.8.0.64/28', description: 'one', status: { value: 'reserved' }, vrf: { id: w.vrfs[1] } });
      const list = await app.api.post(`${PREFIXES}${p.id}/available-prefixes/`, [{ prefix_length: 25 }, { prefix_length: 27 }, { prefix_length: 28 }]);
      expect(list.status, JSON.stringify(list.body)).toBe(201);
      expect(list.body.map((x: { prefix: string }) => x.prefix)).toEqual(['10.8.0.128/25', '10.8.0.96/27', '10.8.0.80/28']);
      expect(await free(p.id)).toEqual([]);
    });
    it('answers 409 when nothing fits, creating nothing', async () => {
      const p = await prefix({ prefix: '10.9.0.0/24' });
      await prefix({ prefix: '10.9.0.0/25' });
      const res = await app.api.post(`${PREFIXES}${p.id}/available-prefixes/`, [{ prefix_length: 26 }, { prefix_length: 25 }]);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ detail: 'Insufficient space is available to accommodate the requested prefix size(s)' });
      expect(await free(p.id)).toEqual(['10.9.0.128/25']);
      expect((await app.api.post(`${PREFIXES}${p.id}/available-prefixes/`, { prefix_length: 16 })).status).toBe(409);
    });
    it('checks prefix_length as NetBox does (errors as a list, one per item)', async () => {
      const p = await prefix({ prefix: '10.11.0.0/24' });
      const post = (body: unknown) => app.api.post(`${PREFIXES}${p.id}/available-prefixes/`, body);
      expect((await post({})).body).toEqual([{ prefix_length: ['this field can not be missing'] }]);
      expect((await post({ prefix_length: '28' })).body).toEqual([{ prefix_length: ['this field must be int type'] }]);
      const res = await post([{ prefix_length: 28 }, { prefix_length: 33 }]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual([{}, { prefix_length: ['Invalid prefix length (33) for IPv4'] }]);
      const v6 = await prefix({ prefix: '2001:db8:99::/48' });
      expect((await app.api.post(`${PREFIXES}${v6.id}/available-prefixes/`, { prefix_length: 129 })).body)
        .toEqual([{ prefix_length: ['Invalid prefix length (129) for IPv6'] }]);
      expect((await post('nope')).status).toBe(400);
    });
    it('reports the prefix validation per item and rolls back', async () => {
      const p = await prefix({ prefix: '10.12.0.0/24' });
      const res = await app.api.post(`${PREFIXES}${p.id}/available-prefixes/`, [{ prefix_length: 26 }, { prefix_length: 26, status: 'bogus' }]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual([{}, { status: ['"bogus" is not a valid choice.'] }]);
      expect(await free(p.id)).toEqual(['10.12.0.0/24']);
    });
    it('needs the add permission on prefixes and view on the parent', async () => {
      const p = await prefix({ prefix: '10.13.0.0/24' });
      const viewer = await app.createUser({ permissions: [{ objectTypes: ['ipam.prefix'], actions: ['view'] }] });
      expect((await viewer.client.get(`${PREFIXES}${p.id}/available-prefixes/`)).status).toBe(200);
      expect((await viewer.client.post(`${PREFIXES}${p.id}/available-prefixes/`, { prefix_length: 28 })).status).toBe(403);
      const nobody = await app.createUser({ permissions: [] });
      expect((await nobody.client.get(`${PREFIXES}${p.id}/available-prefixes/`)).status).toBe(403);
    });
  });

  it('describes the allocation endpoints in the OpenAPI document, every $ref resolving', async () => {
    const doc = (await app.api.get('/api/schema/')).body;
    for (const path of ['/api/ipam/prefixes/{id}/available-prefixes/', '/api/ipam/prefixes/{id}/available-ips/', '/api/ipam/ip-ranges/{id}/available-ips/'])
      expect(Object.keys(doc.paths[path] ?? {}).sort(), path).toEqual(['get', 'post']);
    const refs: string[] = [...(JSON.stringify(doc.paths['/api/ipam/prefixes/{id}/available-ips/']).match(/#\/components\/schemas\/\w+/g) ?? [])];
    refs.push(...(JSON.stringify(doc.paths['/api/ipam/prefixes/{id}/available-prefixes/']).match(/#\/components\/schemas\/\w+/g) ?? []));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(doc.components.schemas[r.split('/').pop()!], r).toBeDefined();
  });
});
