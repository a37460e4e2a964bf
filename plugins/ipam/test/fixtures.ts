/**
 * Fixtures shared by the IPAM tests (owned by the addressing area): the app, URL constants, and a
 * small world made over the API — tenants, a region with sites, VRFs, roles, VLANs, a device with
 * interfaces, and a few prefixes, ranges and addresses. Returns plain ids only.
 */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '../src/index.js';

export { make };

export const IPAM = '/api/ipam';
export const PREFIXES = `${IPAM}/prefixes/`;
export const IP_RANGES = `${IPAM}/ip-ranges/`;
export const IP_ADDRESSES = `${IPAM}/ip-addresses/`;
export const VRFS = `${IPAM}/vrfs/`;
export const ROLES = `${IPAM}/roles/`;
export const VLANS = `${IPAM}/vlans/`;
export const ROUTE_TARGETS = `${IPAM}/route-targets/`;
export const TENANTS = '/api/tenancy/tenants/';
export const REGIONS = '/api/dcim/regions/';
export const SITES = '/api/dcim/sites/';
export const DEVICES = '/api/dcim/devices/';
export const INTERFACES = '/api/dcim/interfaces/';

export const ipamApp = { plugins: [tenancyPlugin, dcimPlugin, ipamPlugin] };

/** The objects around addresses: tenants, region/sites, VRFs, roles, VLANs, a device with interfaces. */
export interface IpamWorld {
  tenants: number[];
  region: number;
  /** [0] in the region, [1], [2] without. */
  sites: number[];
  /** [0] "VRF 1" (65000:1), [1] "VRF 2" (65000:2), [2] "VRF 3" (no RD, enforce_unique false). */
  vrfs: number[];
  roles: number[];
  /** "VLAN group 1" (vg-1), holding VLAN 101. */
  vlanGroup: number;
  /** VIDs 101, 102, 103. */
  vlans: number[];
  device: number;
  /** eth0…eth2 of the device. */
  interfaces: number[];
}

/** Builds the world every addressing test uses. */
export async function ipamWorld(app: TestApp): Promise<IpamWorld> {
  const api = app.api;
  const tenants: number[] = [];
  for (const i of [1, 2, 3]) tenants.push((await make(api, TENANTS, { name: `Tenant ${i}`, slug: `tenant-${i}` })).id);
  const region = (await make(api, REGIONS, { name: 'Region 1', slug: 'region-1' })).id;
  const sites: number[] = [];
  for (const i of [1, 2, 3]) sites.push((await make(api, SITES, { name: `Site ${i}`, slug: `site-${i}`, region: i === 1 ? region : null })).id);
  const vrfs: number[] = [];
  vrfs.push((await make(api, VRFS, { name: 'VRF 1', rd: '65000:1' })).id);
  vrfs.push((await make(api, VRFS, { name: 'VRF 2', rd: '65000:2' })).id);
  vrfs.push((await make(api, VRFS, { name: 'VRF 3', enforce_unique: false })).id);
  const roles: number[] = [];
  for (const i of [1, 2, 3]) roles.push((await make(api, ROLES, { name: `Role ${i}`, slug: `role-${i}` })).id);
  const vlanGroup = (await make(api, `${IPAM}/vlan-groups/`, { name: 'VLAN group 1', slug: 'vg-1' })).id;
  const vlans: number[] = [];
  for (const i of [1, 2, 3]) vlans.push((await make(api, VLANS, { vid: 100 + i, name: `VLAN ${100 + i}`, group: i === 1 ? vlanGroup : null })).id);
  const manufacturer = (await make(api, '/api/dcim/manufacturers/', { name: 'Maker', slug: 'maker' })).id;
  const deviceType = (await make(api, '/api/dcim/device-types/', { manufacturer, model: 'Box', slug: 'box' })).id;
  const role = (await make(api, '/api/dcim/device-roles/', { name: 'Router', slug: 'router', color: 'ff0000' })).id;
  const device = (await make(api, DEVICES, { name: 'router1', device_type: deviceType, role, site: sites[0] })).id;
  const interfaces: number[] = [];
  for (const i of [0, 1, 2]) interfaces.push((await make(api, INTERFACES, { device, name: `eth${i}`, type: '1000base-t' })).id);
  return { tenants, region, sites, vrfs, roles, vlanGroup, vlans, device, interfaces };
}

export interface AddressingFixtures extends IpamWorld {
  /** See addressingFixtures. */
  prefixes: number[];
  ranges: number[];
  addresses: number[];
}

/**
 * The world plus:
 * - prefixes [0] 10.0.0.0/8 container (tenant 1, site 1, role 1, VLAN 101), [1] 10.1.0.0/16 pool
 *   (tenant 2, site 2, role 2), [2] 10.1.1.0/24 reserved, marked utilised (tenant 3), [3]
 *   192.168.0.0/16 in VRF 1 (role 3, VLAN 102), [4] 2001:db8::/32 in VRF 2 ("v6 block");
 * - ranges [0] 10.1.1.10-20/24 (tenant 1, role 1), [1] 10.1.1.100-199/24 marked utilised
 *   (reserved), [2] 192.168.0.10-19/16 in VRF 1, [3] 2001:db8::10-1f/64 in VRF 2 (deprecated);
 * - addresses [0] 10.1.1.1/24 on eth0 (tenant 1, dns "router1.example.com"), [1] 10.1.1.15/24
 *   (reserved, role vip), [2] 192.168.0.1/16 in VRF 1 on eth1, [3] 2001:db8::1/64 in VRF 2
 *   (slaac), [4] 203.0.113.5/32 whose NAT inside is [0].
 */
export async function addressingFixtures(app: TestApp): Promise<AddressingFixtures> {
  const w = await ipamWorld(app);
  const api = app.api;
  const prefixes: number[] = [];
  const p = async (body: Record<string, unknown>) => prefixes.push((await make(api, PREFIXES, body)).id);
  await p({ prefix: '10.0.0.0/8', status: 'container', tenant: w.tenants[0], scope_type: 'dcim.site', scope_id: w.sites[0], role: w.roles[0], vlan: w.vlans[0] });
  await p({ prefix: '10.1.0.0/16', is_pool: true, tenant: w.tenants[1], scope_type: 'dcim.site', scope_id: w.sites[1], role: w.roles[1] });
  await p({ prefix: '10.1.1.0/24', status: 'reserved', mark_utilized: true, tenant: w.tenants[2] });
  await p({ prefix: '192.168.0.0/16', vrf: w.vrfs[0], role: w.roles[2], vlan: w.vlans[1] });
  await p({ prefix: '2001:db8::/32', vrf: w.vrfs[1], description: 'v6 block' });
  const ranges: number[] = [];
  const r = async (body: Record<string, unknown>) => ranges.push((await make(api, IP_RANGES, body)).id);
  await r({ start_address: '10.1.1.10/24', end_address: '10.1.1.20/24', tenant: w.tenants[0], role: w.roles[0] });
  await r({ start_address: '10.1.1.100/24', end_address: '10.1.1.199/24', status: 'reserved', mark_utilized: true });
  await r({ start_address: '192.168.0.10/16', end_address: '192.168.0.19/16', vrf: w.vrfs[0], description: 'vrf range' });
  await r({ start_address: '2001:db8::10/64', end_address: '2001:db8::1f/64', vrf: w.vrfs[1], status: 'deprecated' });
  const addresses: number[] = [];
  const a = async (body: Record<string, unknown>) => addresses.push((await make(api, IP_ADDRESSES, body)).id);
  await a({ address: '10.1.1.1/24', tenant: w.tenants[0], dns_name: 'router1.example.com', assigned_object_type: 'dcim.interface', assigned_object_id: w.interfaces[0] });
  await a({ address: '10.1.1.15/24', status: 'reserved', role: 'vip' });
  await a({ address: '192.168.0.1/16', vrf: w.vrfs[0], assigned_object_type: 'dcim.interface', assigned_object_id: w.interfaces[1] });
  await a({ address: '2001:db8::1/64', vrf: w.vrfs[1], status: 'slaac', description: 'v6 host' });
  await a({ address: '203.0.113.5/32', nat_inside: addresses[0] });
  return { ...w, prefixes, ranges, addresses };
}
