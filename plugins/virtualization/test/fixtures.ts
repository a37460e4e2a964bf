/** Fixtures of the virtualization tests, made over the API: sites, a location, cluster types and groups, clusters, devices, VMs. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { virtualizationPlugin } from '../src/index.js';

export { make };

export const virtualizationApp = { plugins: [tenancyPlugin, dcimPlugin, ipamPlugin, virtualizationPlugin] };

export const API = '/api/virtualization';
export const CLUSTER_TYPES = `${API}/cluster-types/`;
export const CLUSTER_GROUPS = `${API}/cluster-groups/`;
export const CLUSTERS = `${API}/clusters/`;
export const VMS = `${API}/virtual-machines/`;
export const VM_INTERFACES = `${API}/interfaces/`;
export const VIRTUAL_DISKS = `${API}/virtual-disks/`;

export interface Catalog {
  tenant: number;
  region: number;
  sites: number[];
  location: number;
  types: number[];
  groups: number[];
  deviceType: number;
  role: number;
  vmRole: number;
  platform: number;
}

/**
 * The dcim and tenancy objects everything here needs: tenant-1; sites site-1 (in region r-1),
 * site-2, site-3; location loc-1 in site-1; cluster types ct-1..3 and groups cg-1..3; a device
 * type; a device role "host" (not for VMs), a VM role "server" and a platform "linux".
 */
export async function catalog(app: TestApp): Promise<Catalog> {
  const api = app.api;
  const tenant = (await make(api, '/api/tenancy/tenants/', { name: 'Tenant 1', slug: 'tenant-1' })).id;
  const region = (await make(api, '/api/dcim/regions/', { name: 'Region 1', slug: 'r-1' })).id;
  const sites: number[] = [];
  for (const i of [1, 2, 3])
    sites.push((await make(api, '/api/dcim/sites/', { name: `Site ${i}`, slug: `site-${i}`, status: 'active', ...(i === 1 ? { region } : {}) })).id);
  const location = (await make(api, '/api/dcim/locations/', { name: 'Loc 1', slug: 'loc-1', site: sites[0], status: 'active' })).id;
  const types: number[] = [];
  const groups: number[] = [];
  for (const i of [1, 2, 3]) {
    types.push((await make(api, CLUSTER_TYPES, { name: `Cluster Type ${i}`, slug: `ct-${i}` })).id);
    groups.push((await make(api, CLUSTER_GROUPS, { name: `Cluster Group ${i}`, slug: `cg-${i}` })).id);
  }
  const manufacturer = (await make(api, '/api/dcim/manufacturers/', { name: 'Acme', slug: 'acme' })).id;
  const deviceType = (await make(api, '/api/dcim/device-types/', { manufacturer, model: 'Host', slug: 'host', u_height: 1 })).id;
  const role = (await make(api, '/api/dcim/device-roles/', { name: 'Host', slug: 'host', color: '00ff00', vm_role: false })).id;
  const vmRole = (await make(api, '/api/dcim/device-roles/', { name: 'Server', slug: 'server', color: '0000ff', vm_role: true })).id;
  const platform = (await make(api, '/api/dcim/platforms/', { name: 'Linux', slug: 'linux' })).id;
  return { tenant, region, sites, location, types, groups, deviceType, role, vmRole, platform };
}

export interface ClusterFixtures extends Catalog {
  clusters: number[];
  devices: number[];
}

/**
 * Three clusters: cluster-1 (type ct-1, group cg-1, tenant, scoped to site-1, host device host-1
 * in site-1), cluster-2 (ct-2, cg-2, planned, scoped to site-2), cluster-3 (ct-3, no group,
 * unscoped, "edge" in its description).
 */
export async function clusterFixtures(app: TestApp): Promise<ClusterFixtures> {
  const c = await catalog(app);
  const clusters = [
    (await make(app.api, CLUSTERS, {
      name: 'cluster-1', type: c.types[0], group: c.groups[0], status: 'active', tenant: c.tenant, scope_type: 'dcim.site', scope_id: c.sites[0],
    })).id,
    (await make(app.api, CLUSTERS, { name: 'cluster-2', type: c.types[1], group: c.groups[1], status: 'planned', scope_type: 'dcim.site', scope_id: c.sites[1] })).id,
    (await make(app.api, CLUSTERS, { name: 'cluster-3', type: c.types[2], status: 'offline', description: 'edge pool' })).id,
  ];
  const devices = [
    (await make(app.api, '/api/dcim/devices/', { name: 'host-1', device_type: c.deviceType, role: c.role, site: c.sites[0], cluster: clusters[0] })).id,
    (await make(app.api, '/api/dcim/devices/', { name: 'host-3', device_type: c.deviceType, role: c.role, site: c.sites[2], cluster: clusters[2] })).id,
  ];
  return { ...c, clusters, devices };
}

export interface VMFixtures extends ClusterFixtures {
  vms: number[];
}

/**
 * Three VMs: vm-1 (cluster-1 on host-1, site-1 from the cluster, tenant, VM role, platform,
 * 2 vCPUs, 4096 MB, serial SN1 — every relation filled, for the query budget), vm-2 (cluster-2,
 * site-2, planned, 1.5 vCPUs), vm-3 (site-3 only, "web" in its description).
 */
export async function vmFixtures(app: TestApp): Promise<VMFixtures> {
  const c = await clusterFixtures(app);
  const vms = [
    (await make(app.api, VMS, {
      name: 'vm-1', cluster: c.clusters[0], device: c.devices[0], tenant: c.tenant, role: c.vmRole, platform: c.platform,
      vcpus: 2, memory: 4096, serial: 'SN1', local_context_data: { ntp: ['10.0.0.1'] },
    })).id,
    (await make(app.api, VMS, { name: 'vm-2', cluster: c.clusters[1], site: c.sites[1], status: 'planned', vcpus: 1.5, memory: 1024 })).id,
    (await make(app.api, VMS, { name: 'vm-3', site: c.sites[2], status: 'offline', description: 'web frontend' })).id,
  ];
  return { ...c, vms };
}
