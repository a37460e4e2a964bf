/**
 * Fixtures of the VLANs area's tests, made over the API: tenants, a region and site group with
 * sites, IPAM roles, three VLAN groups (site-, region- and un-scoped), four VLANs, three
 * translation policies with rules, and a device with interfaces. Returns plain ids only.
 */
import { expect } from 'vitest';
import { make, type TestApp, type TestClient } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '../../src/index.js';

export { make };

/** beforeAll budget for booting an app and making the fixtures on a loaded machine. */
export const SETUP_TIMEOUT = 300_000;

export const ipamApp = { plugins: [tenancyPlugin, dcimPlugin, ipamPlugin] };

export const P = {
  vlanGroups: '/api/ipam/vlan-groups/',
  vlans: '/api/ipam/vlans/',
  policies: '/api/ipam/vlan-translation-policies/',
  rules: '/api/ipam/vlan-translation-rules/',
  roles: '/api/ipam/roles/',
  vrfs: '/api/ipam/vrfs/',
  prefixes: '/api/ipam/prefixes/',
  tenants: '/api/tenancy/tenants/',
  regions: '/api/dcim/regions/',
  siteGroups: '/api/dcim/site-groups/',
  sites: '/api/dcim/sites/',
  locations: '/api/dcim/locations/',
  devices: '/api/dcim/devices/',
  interfaces: '/api/dcim/interfaces/',
} as const;

/** PATCHes and insists on 200. */
export async function change(client: TestClient, path: string, body: unknown): Promise<any> {
  const res = await client.patch(path, body);
  expect(res.status, `PATCH ${path} ${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
}

export interface VlanFixtures {
  /** Tenant 1, Tenant 2. */
  tenants: number[];
  /** "Region 1" (region-1) holding site 1. */
  region: number;
  /** "Site group 1" (site-group-1) holding site 1. */
  siteGroup: number;
  /** Site 1 (region 1, site group 1), Site 2, Site 3. */
  sites: number[];
  /** A location in site 1. */
  location: number;
  /** IPAM roles "Role 1" (role-1), "Role 2" (role-2). */
  roles: number[];
  /**
   * [0] Group 1 (group-1): scope site 1, VIDs 1-100, tenant 1;
   * [1] Group 2 (group-2): scope site 2, VIDs 100-199 and 300-399;
   * [2] Group 3 (group-3): no scope, VIDs 1-4094.
   */
  groups: number[];
  /**
   * [0] VLAN 10: site 1, group 1, tenant 1, role 1, active;
   * [1] VLAN 20: site 1, no group, reserved;
   * [2] VLAN 30: global, deprecated, Q-in-Q service VLAN;
   * [3] VLAN 101: group 2, role 2, tenant 2, description "uplink".
   */
  vlans: number[];
  /** Policy 1 (rule 100→200), Policy 2 (rule 101→201 "second"), Policy 3 (rule 100→300). */
  policies: number[];
  /** The three rules, in that order. */
  rules: number[];
  /** router1 in site 1 (location above); switch2 in site 2. */
  devices: number[];
  /** eth0, eth1 of router1; eth0 of switch2. */
  interfaces: number[];
}

export async function vlanFixtures(app: TestApp): Promise<VlanFixtures> {
  const api = app.api;
  const tenants = [
    (await make(api, P.tenants, { name: 'Tenant 1', slug: 'tenant-1' })).id,
    (await make(api, P.tenants, { name: 'Tenant 2', slug: 'tenant-2' })).id,
  ];
  const region = (await make(api, P.regions, { name: 'Region 1', slug: 'region-1' })).id;
  const siteGroup = (await make(api, P.siteGroups, { name: 'Site group 1', slug: 'site-group-1' })).id;
  const sites = [
    (await make(api, P.sites, { name: 'Site 1', slug: 'site-1', region, group: siteGroup })).id,
    (await make(api, P.sites, { name: 'Site 2', slug: 'site-2' })).id,
    (await make(api, P.sites, { name: 'Site 3', slug: 'site-3' })).id,
  ];
  const location = (await make(api, P.locations, { name: 'Hall 1', slug: 'hall-1', site: sites[0] })).id;
  const roles = [
    (await make(api, P.roles, { name: 'Role 1', slug: 'role-1' })).id,
    (await make(api, P.roles, { name: 'Role 2', slug: 'role-2' })).id,
  ];
  const groups = [
    (await make(api, P.vlanGroups, {
      name: 'Group 1', slug: 'group-1', scope_type: 'dcim.site', scope_id: sites[0], vid_ranges: [[1, 100]], tenant: tenants[0],
    })).id,
    (await make(api, P.vlanGroups, {
      name: 'Group 2', slug: 'group-2', scope_type: 'dcim.site', scope_id: sites[1], vid_ranges: [[100, 199], [300, 399]],
      description: 'regional',
    })).id,
    (await make(api, P.vlanGroups, { name: 'Group 3', slug: 'group-3' })).id,
  ];
  const vlans = [
    (await make(api, P.vlans, { vid: 10, name: 'VLAN 10', site: sites[0], group: groups[0], tenant: tenants[0], role: roles[0] })).id,
    (await make(api, P.vlans, { vid: 20, name: 'VLAN 20', site: sites[0], status: 'reserved' })).id,
    (await make(api, P.vlans, { vid: 30, name: 'VLAN 30', status: 'deprecated', qinq_role: 'svlan' })).id,
    (await make(api, P.vlans, { vid: 101, name: 'VLAN 101', group: groups[1], role: roles[1], tenant: tenants[1], description: 'uplink' })).id,
  ];
  const policies = [
    (await make(api, P.policies, { name: 'Policy 1', description: 'first' })).id,
    (await make(api, P.policies, { name: 'Policy 2' })).id,
    (await make(api, P.policies, { name: 'Policy 3' })).id,
  ];
  const rules = [
    (await make(api, P.rules, { policy: policies[0], local_vid: 100, remote_vid: 200 })).id,
    (await make(api, P.rules, { policy: policies[1], local_vid: 101, remote_vid: 201, description: 'second' })).id,
    (await make(api, P.rules, { policy: policies[2], local_vid: 100, remote_vid: 300 })).id,
  ];
  const manufacturer = (await make(api, '/api/dcim/manufacturers/', { name: 'Maker', slug: 'maker' })).id;
  const deviceType = (await make(api, '/api/dcim/device-types/', { manufacturer, model: 'Box', slug: 'box' })).id;
  const role = (await make(api, '/api/dcim/device-roles/', { name: 'Router', slug: 'router', color: 'ff0000' })).id;
  const devices = [
    (await make(api, P.devices, { name: 'router1', device_type: deviceType, role, site: sites[0], location })).id,
    (await make(api, P.devices, { name: 'switch2', device_type: deviceType, role, site: sites[1] })).id,
  ];
  const interfaces = [
    (await make(api, P.interfaces, { device: devices[0], name: 'eth0', type: '1000base-t' })).id,
    (await make(api, P.interfaces, { device: devices[0], name: 'eth1', type: '1000base-t' })).id,
    (await make(api, P.interfaces, { device: devices[1], name: 'eth0', type: '1000base-t' })).id,
  ];
  return { tenants, region, siteGroup, sites, location, roles, groups, vlans, policies, rules, devices, interfaces };
}
