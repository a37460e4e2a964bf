/** Fixtures of the numbering area's tests (RIRs, tenants, VRFs, route targets, ASNs…), made over the API. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '../../src/index.js';

export { make };

export const ipamApp = { plugins: [tenancyPlugin, dcimPlugin, ipamPlugin] };

export const P = {
  vrfs: '/api/ipam/vrfs/',
  routeTargets: '/api/ipam/route-targets/',
  rirs: '/api/ipam/rirs/',
  aggregates: '/api/ipam/aggregates/',
  roles: '/api/ipam/roles/',
  asns: '/api/ipam/asns/',
  asnRanges: '/api/ipam/asn-ranges/',
  prefixes: '/api/ipam/prefixes/',
  ipAddresses: '/api/ipam/ip-addresses/',
  vlans: '/api/ipam/vlans/',
  tenants: '/api/tenancy/tenants/',
  tenantGroups: '/api/tenancy/tenant-groups/',
  sites: '/api/dcim/sites/',
  siteGroups: '/api/dcim/site-groups/',
} as const;

export interface Base {
  /** ARIN (arin), RIPE (ripe), RFC 1918 (rfc-1918, private). */
  rirs: number[];
  /** Tenant A (in group "Group 1"), Tenant B, Tenant C. */
  tenants: number[];
  tenantGroup: number;
}

/** Three RIRs and three tenants, the first in a tenant group. */
export async function baseFixtures(app: TestApp): Promise<Base> {
  const api = app.api;
  const rirs: number[] = [];
  for (const [name, slug, is_private] of [['ARIN', 'arin', false], ['RIPE', 'ripe', false], ['RFC 1918', 'rfc-1918', true]] as const)
    rirs.push((await make(api, P.rirs, { name, slug, is_private })).id);
  const tenantGroup = (await make(api, P.tenantGroups, { name: 'Group 1', slug: 'group-1' })).id;
  const tenants: number[] = [];
  for (const [i, name] of ['Tenant A', 'Tenant B', 'Tenant C'].entries())
    tenants.push((await make(api, P.tenants, { name, slug: name.toLowerCase().replace(' ', '-'), group: i === 0 ? tenantGroup : null })).id);
  return { rirs, tenants, tenantGroup };
}
