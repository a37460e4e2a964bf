/**
 * Fixtures of the config area's tests: a small world for config contexts to scope — region and
 * site group trees, sites, nested locations, device types, roles, platforms, clusters, tenants and
 * tags — plus helpers. Everything is made over the API.
 */
import type { TestApp, TestClient } from '@patchbay/core/testing';
import { EXTRAS_PLUGINS, make } from '../app.js';

export { make };

export const CONTEXTS = '/api/extras/config-contexts/';
export const TEMPLATES = '/api/extras/config-templates/';
export const DEVICES = '/api/dcim/devices/';
export const VMS = '/api/virtualization/virtual-machines/';

export const configApp = { plugins: EXTRAS_PLUGINS };

export interface World {
  /** regions[0] is the parent of regions[1]; sites[0] is in regions[1]. */
  regions: number[];
  /** siteGroups[0] is the parent of siteGroups[1]; sites[0] is in siteGroups[1]. */
  siteGroups: number[];
  sites: number[];
  /** locations[0] (site 0) is the parent of locations[1]. */
  locations: number[];
  deviceTypes: number[];
  /** roles[0] and roles[1] are VM roles too. */
  roles: number[];
  platforms: number[];
  clusterTypes: number[];
  clusterGroups: number[];
  /** clusters[i] has clusterTypes[i] and clusterGroups[i]. */
  clusters: number[];
  /** tenantGroups[0] holds tenants[0]. */
  tenantGroups: number[];
  tenants: number[];
  /** Tag slugs tag-a, tag-b, tag-c. */
  tags: string[];
}

/** Two of everything that scopes a config context. */
export async function world(app: TestApp): Promise<World> {
  const api = app.api;
  const w: World = { regions: [], siteGroups: [], sites: [], locations: [], deviceTypes: [], roles: [], platforms: [], clusterTypes: [], clusterGroups: [], clusters: [], tenantGroups: [], tenants: [], tags: [] };
  const r0 = await make(api, '/api/dcim/regions/', { name: 'Europe', slug: 'europe' });
  const r1 = await make(api, '/api/dcim/regions/', { name: 'France', slug: 'france', parent: r0.id });
  w.regions = [r0.id, r1.id];
  const g0 = await make(api, '/api/dcim/site-groups/', { name: 'Edge', slug: 'edge' });
  const g1 = await make(api, '/api/dcim/site-groups/', { name: 'Edge POPs', slug: 'edge-pops', parent: g0.id });
  w.siteGroups = [g0.id, g1.id];
  w.sites.push((await make(api, '/api/dcim/sites/', { name: 'Paris', slug: 'paris', region: r1.id, group: g1.id })).id);
  w.sites.push((await make(api, '/api/dcim/sites/', { name: 'Lone', slug: 'lone' })).id);
  const l0 = await make(api, '/api/dcim/locations/', { name: 'Building', slug: 'building', site: w.sites[0] });
  const l1 = await make(api, '/api/dcim/locations/', { name: 'Room', slug: 'room', site: w.sites[0], parent: l0.id });
  w.locations = [l0.id, l1.id];
  const m = await make(api, '/api/dcim/manufacturers/', { name: 'Acme', slug: 'acme' });
  for (const i of [1, 2]) {
    w.deviceTypes.push((await make(api, '/api/dcim/device-types/', { manufacturer: m.id, model: `Model ${i}`, slug: `model-${i}` })).id);
    w.roles.push((await make(api, '/api/dcim/device-roles/', { name: `Role ${i}`, slug: `role-${i}`, vm_role: true })).id);
    w.platforms.push((await make(api, '/api/dcim/platforms/', { name: `Platform ${i}`, slug: `platform-${i}` })).id);
    w.clusterTypes.push((await make(api, '/api/virtualization/cluster-types/', { name: `Type ${i}`, slug: `type-${i}` })).id);
    w.clusterGroups.push((await make(api, '/api/virtualization/cluster-groups/', { name: `CGroup ${i}`, slug: `cgroup-${i}` })).id);
    w.clusters.push((await make(api, '/api/virtualization/clusters/', { name: `Cluster ${i}`, type: w.clusterTypes[i - 1], group: w.clusterGroups[i - 1] })).id);
    w.tenantGroups.push((await make(api, '/api/tenancy/tenant-groups/', { name: `TGroup ${i}`, slug: `tgroup-${i}` })).id);
    w.tenants.push((await make(api, '/api/tenancy/tenants/', { name: `Tenant ${i}`, slug: `tenant-${i}`, group: w.tenantGroups[i - 1] })).id);
  }
  for (const slug of ['tag-a', 'tag-b', 'tag-c']) {
    await make(api, '/api/extras/tags/', { name: slug.toUpperCase(), slug });
    w.tags.push(slug);
  }
  return w;
}

/** A device in site 0 / location 1 with type 0, role 0, platform 0, tenant 0 unless overridden. */
export async function device(api: TestClient, w: World, name: string, over: Record<string, unknown> = {}): Promise<any> {
  return make(api, DEVICES, {
    name, site: w.sites[0], location: w.locations[1], device_type: w.deviceTypes[0], role: w.roles[0],
    platform: w.platforms[0], tenant: w.tenants[0], ...over,
  });
}

/** A config context with the given data and scopes. */
export async function context(api: TestClient, name: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<any> {
  return make(api, CONTEXTS, { name, data, ...extra });
}
