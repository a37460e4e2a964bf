/**
 * available-ips of prefixes and IP ranges (NetBox's AvailableIPAddressesView): which addresses
 * are free (network/broadcast, /31-/32, pools, IPv6 anycast and /127, populated ranges, other
 * VRFs, global containers), the limit, allocation by POST (one, a list, VRF copied, 409 when
 * full, validation all-or-nothing), and 50 concurrent POSTs getting 50 distinct addresses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, expectQueryCount, type TestApp } from '@patchbay/core/testing';
import { IP_ADDRESSES, IP_RANGES, PREFIXES, allocationWorld, ipamApp, make, type AllocationWorld } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let w: AllocationWorld;
  beforeAll(async () => {
    app = await createTestApp({ ...ipamApp, database });
    w = await allocationWorld(app);
  });
  afterAll(async () => app?.close());

  const prefix = (body: Record<string, unknown>) => make(app.api, PREFIXES, body);
  const ip = (address: string, extra: Record<string, unknown> = {}) => make(app.api, IP_ADDRESSES, { address, ...extra });
  // NetBox 4.2's API does not expose mark_populated (the reference lacks it), so it is set in SQL.
  const populatedRange = async (body: Record<string, unknown>) => {
    const r = await make(app.api, IP_RANGES, body);
    await app.knex('ipam_iprange').where('id', r.id).update({ mark_populated: true });
    return r;
  };
  const free = async (path: string, query = '') => {
    const res = await app.api.get(`${path}available-ips/${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as { address: string }[]).map((r) => r.address);
  };

  describe('GET on a prefix', () => {
    it('skips the network and broadcast of an IPv4 prefix and the used addresses, with the prefix mask', async () => {
      const p = await prefix({ prefix: '192.0.2.0/29' });
      await ip('192.0.2.2/24');
      await ip('192.0.2.4/29');
      const res = await app.api.get(`${PREFIXES}${p.id}/available-ips/`);
      expect(res.body).toEqual([
        { family: 4, address: '192.0.2.1/29', vrf: null },
        { family: 4, address: '192.0.2.3/29', vrf: null },
        { family: 4, address: '192.0.2.5/29', vrf: null },
        { family: 4, address: '192.0.2.6/29', vrf: null },
      ]);
    });
    it('hands out every address of a /31, a /32 and a pool', async () => {
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '198.51.100.0/31' })).id}/`)).toEqual(['198.51.100.0/31', '198.51.100.1/31']);
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '198.51.100.9/32' })).id}/`)).toEqual(['198.51.100.9/32']);
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '198.51.100.16/30', is_pool: true })).id}/`))
        .toEqual(['198.51.100.16/30', '198.51.100.17/30', '198.51.100.18/30', '198.51.100.19/30']);
    });
    it('skips the IPv6 subnet-router anycast address, except in a /127', async () => {
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '2001:db8:1::/126' })).id}/`)).toEqual(['2001:db8:1::1/126', '2001:db8:1::2/126', '2001:db8:1::3/126']);
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '2001:db8:2::/127' })).id}/`)).toEqual(['2001:db8:2::/127', '2001:db8:2::1/127']);
    });
    it('pages through a huge IPv6 prefix without counting it', async () => {
      const p = await prefix({ prefix: '2001:db8:ffff::/48' });
      await ip('2001:db8:ffff::2/64');
      expect(await free(`${PREFIXES}${p.id}/`, '?limit=3')).toEqual(['2001:db8:ffff::1/48', '2001:db8:ffff::3/48', '2001:db8:ffff::4/48']);
    });
    it('counts only addresses of its own VRF, and populated child ranges', async () => {
      const p = await prefix({ prefix: '10.10.0.0/28', vrf: w.vrfs[0] });
      await ip('10.10.0.1/28', { vrf: w.vrfs[0] });
      await ip('10.10.0.2/28', { vrf: w.vrfs[1] });
      await ip('10.10.0.3/28');
      await populatedRange({ start_address: '10.10.0.5/28', end_address: '10.10.0.12/28', vrf: w.vrfs[0] });
      await populatedRange({ start_address: '10.10.0.13/28', end_address: '10.10.0.14/28', vrf: w.vrfs[1] });
      const res = await app.api.get(`${PREFIXES}${p.id}/available-ips/`);
      expect(res.body.map((r: { address: string }) => r.address)).toEqual(['10.10.0.2/28', '10.10.0.3/28', '10.10.0.4/28', '10.10.0.13/28', '10.10.0.14/28']);
      expect(res.body[0].vrf).toMatchObject({ id: w.vrfs[0], name: 'Blue' });
    });
    it('a global container sees the addresses of every VRF', async () => {
      const p = await prefix({ prefix: '10.20.0.0/29', status: 'container' });
      await ip('10.20.0.1/29', { vrf: w.vrfs[1] });
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual(['10.20.0.2/29', '10.20.0.3/29', '10.20.0.4/29', '10.20.0.5/29', '10.20.0.6/29']);
    });
    it('honours limit (0 = the maximum page size) and answers 404 for an unknown prefix', async () => {
      const p = await prefix({ prefix: '10.30.0.0/16' });
      expect(await free(`${PREFIXES}${p.id}/`, '?limit=2')).toEqual(['10.30.0.1/16', '10.30.0.2/16']);
      expect((await free(`${PREFIXES}${p.id}/`)).length).toBe(50);
      expect((await free(`${PREFIXES}${p.id}/`, '?limit=0')).length).toBe(1000);
      expect((await free(`${PREFIXES}${p.id}/`, '?limit=5000')).length).toBe(1000);
      expect((await app.api.get(`${PREFIXES}999999/available-ips/`)).status).toBe(404);
    });
  });

  it('costs the same statements whatever the limit', async () => {
    const p = await prefix({ prefix: '10.90.0.0/16', vrf: w.vrfs[0] });
    for (const a of ['10.90.0.1/16', '10.90.0.2/16', '10.90.0.9/16']) await ip(a, { vrf: w.vrfs[0] });
    // Holes up to the end of the last used block first, then (page not full) the space after
    // it: two statements of its own, the same for any page larger than what the holes hold.
    for (const limit of [300, 1000])
      await expectQueryCount(app, 'ipam.prefix:available-ips', () => app.api.get(`${PREFIXES}${p.id}/available-ips/?limit=${limit}`));
  });

  describe('GET on an IP range', () => {
    it('lists its free addresses (no network/broadcast rule) with the range mask, none when populated', async () => {
      const r = await make(app.api, IP_RANGES, { start_address: '172.16.0.0/24', end_address: '172.16.0.3/24', vrf: w.vrfs[1] });
      await ip('172.16.0.1/24', { vrf: w.vrfs[1] });
      await ip('172.16.0.2/24');
      const res = await app.api.get(`${IP_RANGES}${r.id}/available-ips/`);
      expect(res.body.map((x: { address: string }) => x.address)).toEqual(['172.16.0.0/24', '172.16.0.2/24', '172.16.0.3/24']);
      expect(res.body[0]).toMatchObject({ family: 4, vrf: { id: w.vrfs[1] } });
      const full = await populatedRange({ start_address: '172.16.1.10/24', end_address: '172.16.1.20/24' });
      expect(await free(`${IP_RANGES}${full.id}/`)).toEqual([]);
    });
  });

  describe('POST', () => {
    it('allocates the next free address with the VRF of the prefix and the given fields', async () => {
      const p = await prefix({ prefix: '10.40.0.0/29', vrf: w.vrfs[0] });
      await ip('10.40.0.1/29', { vrf: w.vrfs[0] });
      const res = await app.api.post(`${PREFIXES}${p.id}/available-ips/`, { description: 'first', status: 'reserved', vrf: w.vrfs[1] });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ address: '10.40.0.2/29', description: 'first', status: { value: 'reserved' }, vrf: { id: w.vrfs[0] } });
      const many = await app.api.post(`${PREFIXES}${p.id}/available-ips/`, [{ description: 'a' }, { description: 'b' }]);
      expect(many.status).toBe(201);
      expect(many.body.map((x: { address: string }) => x.address)).toEqual(['10.40.0.3/29', '10.40.0.4/29']);
      const changes = await app.api.get(`/api/core/object-changes/?changed_object_type=ipam.ipaddress&changed_object_id=${many.body[0].id}`);
      expect(changes.body.count).toBe(1);
    });
    it('answers 409 when there is not enough room, creating nothing', async () => {
      const p = await prefix({ prefix: '10.50.0.0/30' });
      const res = await app.api.post(`${PREFIXES}${p.id}/available-ips/`, [{}, {}, {}]);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ detail: 'An insufficient number of IP addresses are available within 10.50.0.0/30 (3 requested, 2 available)' });
      expect((await app.api.get(`${IP_ADDRESSES}?parent=10.50.0.0/30`)).body.count).toBe(0);
    });
    it('rolls the whole list back when one item is invalid, with errors per item', async () => {
      const p = await prefix({ prefix: '10.60.0.0/29' });
      const res = await app.api.post(`${PREFIXES}${p.id}/available-ips/`, [{ status: 'active' }, { status: 'nonsense' }]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual([{}, { status: ['"nonsense" is not a valid choice.'] }]);
      expect(await free(`${PREFIXES}${p.id}/`, '?limit=1')).toEqual(['10.60.0.1/29']);
    });
    it('allocates from an IP range, and refuses a populated one', async () => {
      const r = await make(app.api, IP_RANGES, { start_address: '172.17.0.10/24', end_address: '172.17.0.12/24' });
      const res = await app.api.post(`${IP_RANGES}${r.id}/available-ips/`, [{}, {}]);
      expect(res.status).toBe(201);
      expect(res.body.map((x: { address: string }) => x.address)).toEqual(['172.17.0.10/24', '172.17.0.11/24']);
      const full = await app.api.post(`${IP_RANGES}${r.id}/available-ips/`, [{}, {}]);
      expect(full.status).toBe(409);
      expect(full.body.detail).toMatch(/^An insufficient number of IP addresses are available within .* \(2 requested, 1 available\)$/);
    });
    it('gives 50 concurrent requests 50 distinct addresses', async () => {
      const p = await prefix({ prefix: '10.70.0.0/24' });
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => app.api.post(`${PREFIXES}${p.id}/available-ips/`, { description: `c${i}` })));
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
      const addresses = new Set(results.map((r) => r.body.address));
      expect(addresses.size).toBe(50);
      expect((await free(`${PREFIXES}${p.id}/`, '?limit=1'))).toEqual(['10.70.0.51/24']);
    });
    it('never hands out one address twice from nested parents, even in a VRF without uniqueness', async () => {
      const loose = (await make(app.api, '/api/ipam/vrfs/', { name: 'Loose', enforce_unique: false })).id;
      const outer = await prefix({ prefix: '10.80.0.0/23', vrf: loose });
      const inner = await prefix({ prefix: '10.80.0.0/24', vrf: loose });
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) =>
        app.api.post(`${PREFIXES}${i % 2 ? inner.id : outer.id}/available-ips/`, { description: `n${i}` })));
      expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
      expect(new Set(results.map((r) => r.body.address.split('/')[0])).size).toBe(30);
    });
  });
});
