/**
 * NetBox's validation of prefixes, ranges and addresses through HTTP: unique IP space (with and
 * without enforcement), range shape and overlap, addresses on interfaces (network ID, broadcast),
 * SLAAC, DNS names, populated ranges, NAT, and the counts other objects show.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { prefixUtilization, ipRangeUtilization } from '../../src/index.js';
import { INTERFACES, IP_ADDRESSES, IP_RANGES, PREFIXES, SITES, TENANTS, ipamApp, ipamWorld, make, type IpamWorld } from '../fixtures.js';

const onInterface = (id: number) => ({ assigned_object_type: 'dcim.interface', assigned_object_id: id });

eachDatabase(() => {
  let t: TestApp;
  let w: IpamWorld;
  beforeAll(async () => {
    t = await createTestApp(ipamApp);
    w = await ipamWorld(t);
  });
  afterAll(async () => t.close());

  it('refuses duplicate prefixes in the global table and in VRFs that enforce uniqueness', async () => {
    await make(t.api, PREFIXES, { prefix: '10.10.0.0/16' });
    const dup = await t.api.post(PREFIXES, { prefix: '10.10.0.0/16' });
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual({ prefix: ['Duplicate prefix found in global table: 10.10.0.0/16'] });
    await make(t.api, PREFIXES, { prefix: '10.10.0.0/16', vrf: w.vrfs[0] });
    const inVrf = await t.api.post(PREFIXES, { prefix: '10.10.0.0/16', vrf: w.vrfs[0] });
    expect(inVrf.body).toEqual({ prefix: ['Duplicate prefix found in VRF VRF 1 (65000:1): 10.10.0.0/16'] });
    // VRF 3 does not enforce uniqueness.
    await make(t.api, PREFIXES, { prefix: '10.10.0.0/16', vrf: w.vrfs[2] });
    await make(t.api, PREFIXES, { prefix: '10.10.0.0/16', vrf: w.vrfs[2] });
    // An update onto an existing prefix is a duplicate too; saving itself unchanged is not.
    const other = await make(t.api, PREFIXES, { prefix: '10.11.0.0/16' });
    expect((await t.api.patch(`${PREFIXES}${other.id}/`, { prefix: '10.10.0.0/16' })).status).toBe(400);
    expect((await t.api.patch(`${PREFIXES}${other.id}/`, { description: 'same' })).status).toBe(200);
  });

  it('refuses duplicate addresses (any mask) unless every copy has an anycast/VIP/FHRP role', async () => {
    await make(t.api, IP_ADDRESSES, { address: '10.20.0.1/24' });
    const dup = await t.api.post(IP_ADDRESSES, { address: '10.20.0.1/16' });
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual({ address: ['Duplicate IP address found in global table: 10.20.0.1/24'] });
    expect((await t.api.post(IP_ADDRESSES, { address: '10.20.0.1/24', role: 'vip' })).status).toBe(400);
    await make(t.api, IP_ADDRESSES, { address: '10.20.0.9/24', role: 'anycast' });
    await make(t.api, IP_ADDRESSES, { address: '10.20.0.9/24', role: 'vrrp' });
    expect((await t.api.post(IP_ADDRESSES, { address: '10.20.0.9/24' })).body).toEqual({
      address: ['Duplicate IP address found in global table: 10.20.0.9/24'],
    });
    await make(t.api, IP_ADDRESSES, { address: '10.20.0.1/24', vrf: w.vrfs[1] });
    expect((await t.api.post(IP_ADDRESSES, { address: '10.20.0.1/24', vrf: w.vrfs[1] })).body).toEqual({
      address: ['Duplicate IP address found in VRF VRF 2 (65000:2): 10.20.0.1/24'],
    });
    await make(t.api, IP_ADDRESSES, { address: '10.20.0.1/24', vrf: w.vrfs[2] });
    await make(t.api, IP_ADDRESSES, { address: '10.20.0.1/24', vrf: w.vrfs[2] });
    expect((await t.api.post(IP_ADDRESSES, { address: '0.0.0.0/0' })).body).toEqual({ address: ['Cannot create IP address with /0 mask.'] });
    // A bare address is a host address, as netaddr reads it.
    expect((await make(t.api, IP_ADDRESSES, { address: '10.21.0.1' })).address).toBe('10.21.0.1/32');
    expect((await make(t.api, IP_ADDRESSES, { address: '2001:db8:21::1' })).address).toBe('2001:db8:21::1/128');
    expect((await t.api.post(IP_ADDRESSES, { address: '10.21.0.1' })).body).toEqual({ address: ['Duplicate IP address found in global table: 10.21.0.1/32'] });
    expect(Object.keys((await t.api.post(IP_ADDRESSES, { address: 'not-an-ip' })).body)).toEqual(['address']);
  });

  it('lets only one of two concurrent identical writes through', async () => {
    for (const [path, body] of [[PREFIXES, { prefix: '10.12.0.0/16' }], [IP_ADDRESSES, { address: '10.12.0.1/16' }]] as const) {
      const results = await Promise.all([t.api.post(path, body), t.api.post(path, body), t.api.post(path, body)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400]);
    }
  });

  it('allows global duplicates when enforceGlobalUnique is off', async () => {
    const loose = await createTestApp({ ...ipamApp, config: { pluginsConfig: { ipam: { enforceGlobalUnique: false } } } });
    try {
      await make(loose.api, PREFIXES, { prefix: '10.30.0.0/16' });
      await make(loose.api, PREFIXES, { prefix: '10.30.0.0/16' });
      await make(loose.api, IP_ADDRESSES, { address: '10.30.0.1/16' });
      await make(loose.api, IP_ADDRESSES, { address: '10.30.0.1/16' });
    } finally {
      await loose.close();
    }
  });

  it('refuses network IDs and IPv4 broadcasts on interfaces, except /31 /32 /127 /128', async () => {
    const [eth0] = w.interfaces as [number];
    const net = await t.api.post(IP_ADDRESSES, { address: '10.40.0.0/24', ...onInterface(eth0) });
    expect(net.status).toBe(400);
    expect(net.body).toEqual({ non_field_errors: ['10.40.0.0 is a network ID, which may not be assigned to an interface.'] });
    const bcast = await t.api.post(IP_ADDRESSES, { address: '10.40.0.255/24', ...onInterface(eth0) });
    expect(bcast.body).toEqual({ non_field_errors: ['10.40.0.255 is a broadcast address, which may not be assigned to an interface.'] });
    const v6 = await t.api.post(IP_ADDRESSES, { address: '2001:db8:40::/64', ...onInterface(eth0) });
    expect(v6.body).toEqual({ non_field_errors: ['2001:db8:40:: is a network ID, which may not be assigned to an interface.'] });
    // Unassigned, the same addresses are fine; so are point-to-point and host masks.
    await make(t.api, IP_ADDRESSES, { address: '10.40.0.0/24' });
    for (const address of ['10.40.1.0/31', '10.40.1.1/31', '10.40.2.0/32', '2001:db8:40:1::/127', '2001:db8:40:2::/128', '2001:db8:40:3::ffff/64'])
      await make(t.api, IP_ADDRESSES, { address, ...onInterface(eth0) });
    // Assigning an unassigned network ID later is refused too.
    const later = await make(t.api, IP_ADDRESSES, { address: '10.40.3.0/24' });
    expect((await t.api.patch(`${IP_ADDRESSES}${later.id}/`, onInterface(eth0))).status).toBe(400);
  });

  it('validates assignment targets by the registry and shows the interface with its count', async () => {
    const bad = await t.api.post(IP_ADDRESSES, { address: '10.50.0.1/24', assigned_object_type: 'dcim.site', assigned_object_id: w.sites[0] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body)).toEqual(['assigned_object_type']);
    const missing = await t.api.post(IP_ADDRESSES, { address: '10.50.0.1/24', ...onInterface(999999) });
    expect(missing.body).toEqual({ assigned_object_id: ['Related object not found using the provided numeric ID: 999999'] });
    const half = await t.api.post(IP_ADDRESSES, { address: '10.50.0.1/24', assigned_object_type: 'dcim.interface' });
    expect(half.status).toBe(400);
    const eth2 = w.interfaces[2]!;
    const ip = await make(t.api, IP_ADDRESSES, { address: '10.50.0.1/24', ...onInterface(eth2) });
    expect(ip.assigned_object).toMatchObject({ id: eth2, name: 'eth2', device: { id: w.device } });
    await make(t.api, IP_ADDRESSES, { address: '10.50.0.2/24', ...onInterface(eth2) });
    expect((await t.api.get(`${INTERFACES}${eth2}/`)).body.count_ipaddresses).toBe(2);
    const list = await t.api.get(`${INTERFACES}?device_id=${w.device}&name=eth2`);
    expect(list.body.results[0].count_ipaddresses).toBe(2);
    expect((await t.api.patch(`${IP_ADDRESSES}${ip.id}/`, { assigned_object_type: null, assigned_object_id: null })).body.assigned_object).toBeNull();
    expect((await t.api.get(`${INTERFACES}${eth2}/`)).body.count_ipaddresses).toBe(1);
  });

  it("deletes an interface's addresses with it, also when its device goes", async () => {
    const device = (await t.api.get(`/api/dcim/devices/${w.device}/`)).body;
    const dev2 = await make(t.api, '/api/dcim/devices/', { name: 'doomed', device_type: device.device_type.id, role: device.role.id, site: w.sites[1] });
    const [i1, i2] = [await make(t.api, INTERFACES, { device: dev2.id, name: 'x1', type: 'virtual' }), await make(t.api, INTERFACES, { device: dev2.id, name: 'x2', type: 'virtual' })];
    const a1 = await make(t.api, IP_ADDRESSES, { address: '10.55.0.1/24', ...onInterface(i1.id) });
    const a2 = await make(t.api, IP_ADDRESSES, { address: '10.55.0.2/24', ...onInterface(i2.id) });
    const kept = await make(t.api, IP_ADDRESSES, { address: '10.55.0.3/24' });
    expect((await t.api.delete(`${INTERFACES}${i1.id}/`)).status).toBe(204);
    expect((await t.api.get(`${IP_ADDRESSES}${a1.id}/`)).status).toBe(404);
    expect((await t.api.get(`${IP_ADDRESSES}${a2.id}/`)).status).toBe(200);
    expect((await t.api.delete(`/api/dcim/devices/${dev2.id}/`)).status).toBe(204);
    expect((await t.api.get(`${IP_ADDRESSES}${a2.id}/`)).status).toBe(404);
    expect((await t.api.get(`${IP_ADDRESSES}${kept.id}/`)).status).toBe(200);
  });

  it('lists NAT outside addresses and clears them when the inside address goes', async () => {
    const inside = await make(t.api, IP_ADDRESSES, { address: '10.60.0.1/24' });
    const out1 = await make(t.api, IP_ADDRESSES, { address: '198.51.100.1/32', nat_inside: inside.id });
    const out2 = await make(t.api, IP_ADDRESSES, { address: '198.51.100.2/32', nat_inside: inside.id });
    expect(out1).toMatchObject({ address: '198.51.100.1/32', display: '198.51.100.1/32' });
    expect(out1.nat_inside).toMatchObject({ id: inside.id, address: '10.60.0.1/24', family: { value: 4, label: 'IPv4' } });
    const got = (await t.api.get(`${IP_ADDRESSES}${inside.id}/`)).body;
    expect(got.nat_outside.map((o: any) => o.address)).toEqual(['198.51.100.1/32', '198.51.100.2/32']);
    expect(out2.nat_outside).toEqual([]);
    // nat_outside is read-only.
    expect((await t.api.patch(`${IP_ADDRESSES}${out2.id}/`, { nat_outside: [inside.id] })).body.nat_outside).toEqual([]);
    expect((await t.api.delete(`${IP_ADDRESSES}${inside.id}/`)).status).toBe(204);
    expect((await t.api.get(`${IP_ADDRESSES}${out1.id}/`)).body.nat_inside).toBeNull();
  });

  it('checks status, DNS names and populated ranges', async () => {
    const slaac = await t.api.post(IP_ADDRESSES, { address: '10.70.0.1/24', status: 'slaac' });
    expect(slaac.body).toEqual({ status: ['Only IPv6 addresses can be assigned SLAAC status'] });
    await make(t.api, IP_ADDRESSES, { address: '2001:db8:70::1/64', status: 'slaac' });
    const dns = await t.api.post(IP_ADDRESSES, { address: '10.70.0.2/24', dns_name: 'bad name!' });
    expect(dns.body).toEqual({ dns_name: ['Only alphanumeric characters, asterisks, hyphens, periods, and underscores are allowed in DNS names'] });
    expect((await make(t.api, IP_ADDRESSES, { address: '10.70.0.3/24', dns_name: '*.Web_1.Example.COM.' })).dns_name).toBe('*.web_1.example.com.');
    expect((await t.api.post(IP_ADDRESSES, { address: '10.70.0.4/24', role: 'primary' })).status).toBe(400);
    const range = await make(t.api, IP_RANGES, { start_address: '10.70.1.10/24', end_address: '10.70.1.20/24' });
    // NetBox 4.2's API does not expose mark_populated; set it as the UI would.
    await t.knex('ipam_iprange').update({ mark_populated: true }).where('id', range.id);
    const inside = await t.api.post(IP_ADDRESSES, { address: '10.70.1.15/32' });
    expect(inside.body).toEqual({ address: ['Cannot create IP address 10.70.1.15/32 inside range 10.70.1.10-20/24.'] });
    await make(t.api, IP_ADDRESSES, { address: '10.70.1.15/32', vrf: w.vrfs[0] });
    await make(t.api, IP_ADDRESSES, { address: '10.70.1.21/24' });
  });

  it('validates IP ranges: family, mask, order, overlap; computes size and display', async () => {
    const fam = await t.api.post(IP_RANGES, { start_address: '10.80.0.1/24', end_address: '2001:db8::1/24' });
    expect(fam.body).toEqual({ end_address: ['Starting and ending IP address versions must match'] });
    const mask = await t.api.post(IP_RANGES, { start_address: '10.80.0.1/24', end_address: '10.80.0.9/25' });
    expect(mask.body).toEqual({ end_address: ['Starting and ending IP address masks must match'] });
    const order = await t.api.post(IP_RANGES, { start_address: '10.80.0.9/24', end_address: '10.80.0.9/24' });
    expect(order.body).toEqual({ end_address: ['Ending address must be greater than the starting address (10.80.0.9/24)'] });
    const r = await make(t.api, IP_RANGES, { start_address: '10.80.0.10/24', end_address: '10.80.0.20/24' });
    expect(r).toMatchObject({ size: 11, display: '10.80.0.10-20/24', family: { value: 4, label: 'IPv4' } });
    for (const [start, end] of [['10.80.0.5/24', '10.80.0.10/24'], ['10.80.0.20/24', '10.80.0.30/24'], ['10.80.0.1/24', '10.80.0.99/24'], ['10.80.0.12/24', '10.80.0.13/24']]) {
      const overlap = await t.api.post(IP_RANGES, { start_address: start, end_address: end });
      expect(overlap.body).toEqual({ non_field_errors: ['Defined addresses overlap with range 10.80.0.10-20/24 in VRF None'] });
    }
    await make(t.api, IP_RANGES, { start_address: '10.80.0.10/24', end_address: '10.80.0.20/24', vrf: w.vrfs[0] });
    const again = await t.api.post(IP_RANGES, { start_address: '10.80.0.15/24', end_address: '10.80.0.25/24', vrf: w.vrfs[0] });
    expect(again.body).toEqual({ non_field_errors: ['Defined addresses overlap with range 10.80.0.10-20/24 in VRF VRF 1 (65000:1)'] });
    const moved = await t.api.patch(`${IP_RANGES}${r.id}/`, { end_address: '10.80.0.50/24' });
    expect(moved.body).toMatchObject({ size: 41, display: '10.80.0.10-50/24' });
    const big = await make(t.api, IP_RANGES, { start_address: '2001:db8:80::/64', end_address: '2001:db8:80::ffff:fffe/64' });
    expect(big).toMatchObject({ size: 4294967295, display: '2001:db8:80::-ffff:fffe/64' });
    const huge = await t.api.post(IP_RANGES, { start_address: '2001:db8:81::/64', end_address: '2001:db8:81::1:0:0/64' });
    expect(huge.body).toEqual({ non_field_errors: ['Defined range exceeds maximum supported size (4294967295)'] });
  });

  it('adds prefix and address counts to tenants and sites', async () => {
    const tenant = await make(t.api, TENANTS, { name: 'Counted', slug: 'counted' });
    const site = await make(t.api, SITES, { name: 'Counted site', slug: 'counted-site' });
    await make(t.api, PREFIXES, { prefix: '10.90.0.0/16', tenant: tenant.id, scope_type: 'dcim.site', scope_id: site.id });
    await make(t.api, PREFIXES, { prefix: '10.91.0.0/16', tenant: tenant.id });
    await make(t.api, IP_ADDRESSES, { address: '10.90.0.1/16', tenant: tenant.id });
    const got = (await t.api.get(`${TENANTS}${tenant.id}/`)).body;
    expect(got).toMatchObject({ ipaddress_count: 1, prefix_count: 2 });
    const keys = Object.keys(got);
    expect(keys.indexOf('ipaddress_count')).toBe(keys.indexOf('device_count') + 1);
    expect(keys.indexOf('prefix_count')).toBe(keys.indexOf('ipaddress_count') + 1);
    const s = (await t.api.get(`${SITES}${site.id}/`)).body;
    expect(s.prefix_count).toBe(1);
    const sk = Object.keys(s);
    expect(sk.indexOf('prefix_count')).toBe(sk.indexOf('device_count') + 1);
  });

  it('adds prefix counts to regions, site groups and locations, from the cached scope', async () => {
    const region = await make(t.api, '/api/dcim/regions/', { name: 'Counted region', slug: 'counted-region' });
    const group = await make(t.api, '/api/dcim/site-groups/', { name: 'Counted group', slug: 'counted-group' });
    const site = await make(t.api, SITES, { name: 'Scoped site', slug: 'scoped-site', region: region.id, group: group.id });
    const location = await make(t.api, '/api/dcim/locations/', { name: 'Scoped loc', slug: 'scoped-loc', site: site.id });
    await make(t.api, PREFIXES, { prefix: '10.92.0.0/16', scope_type: 'dcim.location', scope_id: location.id });
    await make(t.api, PREFIXES, { prefix: '10.93.0.0/16', scope_type: 'dcim.site', scope_id: site.id });
    await make(t.api, PREFIXES, { prefix: '10.94.0.0/16', scope_type: 'dcim.region', scope_id: region.id });
    const r = (await t.api.get(`/api/dcim/regions/${region.id}/`)).body;
    expect(r.prefix_count).toBe(3);
    expect(Object.keys(r).slice(-3)).toEqual(['site_count', 'prefix_count', '_depth']);
    expect((await t.api.get(`/api/dcim/site-groups/${group.id}/`)).body.prefix_count).toBe(2);
    const l = (await t.api.get(`/api/dcim/locations/${location.id}/`)).body;
    expect(l.prefix_count).toBe(1);
    expect(Object.keys(l).slice(-3)).toEqual(['device_count', 'prefix_count', '_depth']);
  });

  it('computes utilisation in SQL as NetBox does (containers, pools, ranges, mark_utilized)', async () => {
    const id = async (path: string, body: Record<string, unknown>) => (await make(t.api, path, body)).id as number;
    const container = await id(PREFIXES, { prefix: '172.20.0.0/16', status: 'container' });
    await id(PREFIXES, { prefix: '172.20.0.0/17' });
    await id(PREFIXES, { prefix: '172.20.0.0/24' }); // inside the /17: counted once
    await id(PREFIXES, { prefix: '172.20.128.0/18' });
    await id(PREFIXES, { prefix: '172.20.128.0/18', vrf: w.vrfs[0] }); // another VRF: not counted
    const net = await id(PREFIXES, { prefix: '172.21.0.0/24' });
    const pool = await id(PREFIXES, { prefix: '172.21.1.0/24', is_pool: true });
    const full = await id(PREFIXES, { prefix: '172.21.2.0/24', mark_utilized: true });
    const v6 = await id(PREFIXES, { prefix: '2001:db8:99::/126' });
    for (const a of ['172.21.0.1/24', '172.21.0.2/24', '172.21.0.11/24', '172.21.1.1/24']) await id(IP_ADDRESSES, { address: a });
    await id(IP_ADDRESSES, { address: '172.21.0.3/24', vrf: w.vrfs[0] }); // another VRF
    await id(IP_ADDRESSES, { address: '2001:db8:99::1/126' });
    const used = await id(IP_RANGES, { start_address: '172.21.0.10/24', end_address: '172.21.0.19/24', mark_utilized: true });
    const plain = await id(IP_RANGES, { start_address: '172.21.1.1/24', end_address: '172.21.1.4/24' });
    await id(IP_RANGES, { start_address: '172.21.0.100/24', end_address: '172.21.0.149/24' }); // not marked: not counted
    const p = await prefixUtilization(t.knex, [container, net, pool, full, v6]);
    expect(p.get(container)).toBeCloseTo(75);
    // 2 IPs + 10 range addresses (the IP inside the range counted once) of 254 usable.
    expect(p.get(net)).toBeCloseTo((12 / 254) * 100);
    expect(p.get(pool)).toBeCloseTo((1 / 256) * 100);
    expect(p.get(full)).toBe(100);
    expect(p.get(v6)).toBeCloseTo(25);
    const r = await ipRangeUtilization(t.knex, [used, plain]);
    expect(r.get(used)).toBe(100);
    expect(r.get(plain)).toBeCloseTo(25);
  });
});
