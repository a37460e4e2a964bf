/** The circuits tests' world, made over the API: dcim scope objects, providers, circuits and virtual circuits. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { circuitsPlugin } from '../src/index.js';

export { make };

export const circuitsApp = { plugins: [tenancyPlugin, dcimPlugin, ipamPlugin, circuitsPlugin] };

export const C = '/api/circuits';
export const PROVIDERS = `${C}/providers/`;
export const ACCOUNTS = `${C}/provider-accounts/`;
export const NETWORKS = `${C}/provider-networks/`;
export const CIRCUIT_TYPES = `${C}/circuit-types/`;
export const CIRCUITS = `${C}/circuits/`;
export const TERMINATIONS = `${C}/circuit-terminations/`;
export const GROUPS = `${C}/circuit-groups/`;
export const ASSIGNMENTS = `${C}/circuit-group-assignments/`;
export const VC_TYPES = `${C}/virtual-circuit-types/`;
export const VIRTUAL_CIRCUITS = `${C}/virtual-circuits/`;
export const VC_TERMINATIONS = `${C}/virtual-circuit-terminations/`;

export interface World {
  /** Tenant group "carriers" holds tenants[0] (acme); tenants[1] is globex. */
  tenantGroup: number;
  tenants: number[];
  /** regions[0] europe > regions[1] germany; siteGroups[0] corp. */
  regions: number[];
  siteGroups: number[];
  /** sites[0] fra1 (germany, corp), sites[1] muc1 (germany), sites[2] nyc1 (no region); location hall-a in fra1. */
  sites: number[];
  location: number;
  device: number;
  /** Virtual interfaces v0…v5 of the device, and one physical interface. */
  virtualInterfaces: number[];
  physicalInterface: number;
  /** providers[0] cogent is unused; level3 and zayo carry everything else. */
  providers: number[];
  /** accounts[0] ACC-0 (level3, unused), [1] ACC-1001 "Main" (level3), [2] ACC-2001 "Zayo main" (zayo). */
  accounts: number[];
  /** networks[0] "Spare net" (level3, unused), [1] "MPLS Core" (level3), [2] "Zayo WAN" (zayo). */
  networks: number[];
  /** circuitTypes[0] dark-fibre (unused), [1] internet (red), [2] mpls. */
  circuitTypes: number[];
  /** vcTypes[0] spare (unused), [1] evpl, [2] vpls. */
  vcTypes: number[];
  /** CID-100 (level3, ACC-1001, internet, acme), CID-200 (level3, mpls, planned, globex), CID-300 (zayo, ACC-2001, offline). */
  circuits: number[];
  /**
   * CID-100 A at fra1, CID-100 Z on MPLS Core, CID-200 A at hall-a, CID-300 A in europe, CID-300 Z in corp
   * (uniform: fra1, muc1, nyc1, muc1, muc1).
   */
  terminations: number[];
  /** backbone (acme), access (globex), spare. */
  groups: number[];
  /** backbone ← CID-100 primary, access ← CID-100 secondary, backbone ← CID-200, access ← VC-1 tertiary (uniform: CID-300). */
  assignments: number[];
  /** VC-1 (MPLS Core, ACC-1001, evpl, acme), VC-2 (MPLS Core, vpls, planned), VC-3 (Zayo WAN, ACC-2001, evpl, offline). */
  virtualCircuits: number[];
  /** VC-1 hub on v0, VC-1 spoke on v1, VC-2 peer on v2. */
  vcTerminations: number[];
}

/**
 * `uniform`: every circuit termination at a site and every group member a circuit. A list of mixed
 * generic targets costs one query per target type (bounded, but more than a one-row page shows),
 * so the generated contracts' query-budget test needs one type; filters.test.ts covers the mix.
 */
export async function world(app: TestApp, opts: { uniform?: boolean } = {}): Promise<World> {
  const api = app.api;
  const id = async (path: string, body: unknown) => (await make(api, path, body)).id as number;
  const tenantGroup = await id('/api/tenancy/tenant-groups/', { name: 'Carriers', slug: 'carriers' });
  const tenants = [
    await id('/api/tenancy/tenants/', { name: 'Acme', slug: 'acme', group: tenantGroup }),
    await id('/api/tenancy/tenants/', { name: 'Globex', slug: 'globex' }),
  ];
  const europe = await id('/api/dcim/regions/', { name: 'Europe', slug: 'europe' });
  const regions = [europe, await id('/api/dcim/regions/', { name: 'Germany', slug: 'germany', parent: europe })];
  const siteGroups = [await id('/api/dcim/site-groups/', { name: 'Corp', slug: 'corp' })];
  const sites = [
    await id('/api/dcim/sites/', { name: 'Frankfurt', slug: 'fra1', region: regions[1], group: siteGroups[0] }),
    await id('/api/dcim/sites/', { name: 'Munich', slug: 'muc1', region: regions[1] }),
    await id('/api/dcim/sites/', { name: 'New York', slug: 'nyc1' }),
  ];
  const location = await id('/api/dcim/locations/', { name: 'Hall A', slug: 'hall-a', site: sites[0] });
  const manufacturer = await id('/api/dcim/manufacturers/', { name: 'Acme Networks', slug: 'acme-networks' });
  const deviceType = await id('/api/dcim/device-types/', { manufacturer, model: 'Edge 1', slug: 'edge-1' });
  const role = await id('/api/dcim/device-roles/', { name: 'Edge', slug: 'edge', color: '00ff00' });
  const device = await id('/api/dcim/devices/', { name: 'edge-1', device_type: deviceType, role, site: sites[2] });
  const virtualInterfaces: number[] = [];
  for (const n of [0, 1, 2, 3, 4, 5]) virtualInterfaces.push(await id('/api/dcim/interfaces/', { device, name: `vlan${n}`, type: 'virtual' }));
  const physicalInterface = await id('/api/dcim/interfaces/', { device, name: 'eth0', type: '1000base-t' });

  const providers = [
    await id(PROVIDERS, { name: 'Cogent', slug: 'cogent' }),
    await id(PROVIDERS, { name: 'Level3', slug: 'level3', description: 'tier one carrier', comments: 'escalate via NOC' }),
    await id(PROVIDERS, { name: 'Zayo', slug: 'zayo' }),
  ];
  const accounts = [
    await id(ACCOUNTS, { provider: providers[1], account: 'ACC-0' }),
    await id(ACCOUNTS, { provider: providers[1], account: 'ACC-1001', name: 'Main', description: 'billing account' }),
    await id(ACCOUNTS, { provider: providers[2], account: 'ACC-2001', name: 'Zayo main' }),
  ];
  const networks = [
    await id(NETWORKS, { provider: providers[1], name: 'Spare net' }),
    await id(NETWORKS, { provider: providers[1], name: 'MPLS Core', service_id: 'SVC-1', description: 'core mpls' }),
    await id(NETWORKS, { provider: providers[2], name: 'Zayo WAN', service_id: 'Z-9' }),
  ];
  const circuitTypes = [
    await id(CIRCUIT_TYPES, { name: 'Dark fibre', slug: 'dark-fibre' }),
    await id(CIRCUIT_TYPES, { name: 'Internet', slug: 'internet', color: 'ff0000', description: 'transit' }),
    await id(CIRCUIT_TYPES, { name: 'MPLS', slug: 'mpls' }),
  ];
  const vcTypes = [
    await id(VC_TYPES, { name: 'Spare', slug: 'spare' }),
    await id(VC_TYPES, { name: 'EVPL', slug: 'evpl', color: '0000ff', description: 'ethernet private line' }),
    await id(VC_TYPES, { name: 'VPLS', slug: 'vpls' }),
  ];
  const circuits = [
    await id(CIRCUITS, {
      cid: 'CID-100', provider: providers[1], provider_account: accounts[1], type: circuitTypes[1], status: 'active', tenant: tenants[0],
      install_date: '2024-01-15', termination_date: '2027-01-14', commit_rate: 10000, distance: 12.5, distance_unit: 'km', description: 'primary uplink',
    }),
    await id(CIRCUITS, { cid: 'CID-200', provider: providers[1], type: circuitTypes[2], status: 'planned', tenant: tenants[1], comments: 'awaiting LOA' }),
    await id(CIRCUITS, { cid: 'CID-300', provider: providers[2], provider_account: accounts[2], type: circuitTypes[1], status: 'offline', commit_rate: 100000 }),
  ];
  const at = (type: string, id: number, uniformSite: number) =>
    (opts.uniform ? { termination_type: 'dcim.site', termination_id: uniformSite } : { termination_type: type, termination_id: id });
  const terminations = [
    await id(TERMINATIONS, { circuit: circuits[0], term_side: 'A', ...at('dcim.site', sites[0], sites[0]), port_speed: 1000000, xconnect_id: 'XC-1' }),
    await id(TERMINATIONS, { circuit: circuits[0], term_side: 'Z', ...at('circuits.providernetwork', networks[1], sites[1]), mark_connected: true }),
    await id(TERMINATIONS, { circuit: circuits[1], term_side: 'A', ...at('dcim.location', location, sites[2]), pp_info: 'PP-7 port 3', upstream_speed: 50000 }),
    await id(TERMINATIONS, { circuit: circuits[2], term_side: 'A', ...at('dcim.region', regions[0], sites[1]), description: 'regional handoff' }),
    await id(TERMINATIONS, { circuit: circuits[2], term_side: 'Z', ...at('dcim.sitegroup', siteGroups[0], sites[1]) }),
  ];
  const groups = [
    await id(GROUPS, { name: 'Backbone', slug: 'backbone', tenant: tenants[0], description: 'core links' }),
    await id(GROUPS, { name: 'Access', slug: 'access', tenant: tenants[1] }),
    await id(GROUPS, { name: 'Spare group', slug: 'spare-group' }),
  ];
  const virtualCircuits = [
    await id(VIRTUAL_CIRCUITS, { cid: 'VC-1', provider_network: networks[1], provider_account: accounts[1], type: vcTypes[1], status: 'active', tenant: tenants[0], description: 'hub and spoke' }),
    await id(VIRTUAL_CIRCUITS, { cid: 'VC-2', provider_network: networks[1], type: vcTypes[2], status: 'planned' }),
    await id(VIRTUAL_CIRCUITS, { cid: 'VC-3', provider_network: networks[2], provider_account: accounts[2], type: vcTypes[1], status: 'offline', tenant: tenants[1] }),
  ];
  const assignments = [
    await id(ASSIGNMENTS, { group: groups[0], member_type: 'circuits.circuit', member_id: circuits[0], priority: 'primary' }),
    await id(ASSIGNMENTS, { group: groups[1], member_type: 'circuits.circuit', member_id: circuits[0], priority: 'secondary' }),
    await id(ASSIGNMENTS, { group: groups[0], member_type: 'circuits.circuit', member_id: circuits[1] }),
    await id(ASSIGNMENTS, opts.uniform
      ? { group: groups[1], member_type: 'circuits.circuit', member_id: circuits[2], priority: 'tertiary' }
      : { group: groups[1], member_type: 'circuits.virtualcircuit', member_id: virtualCircuits[0], priority: 'tertiary' }),
  ];
  const vcTerminations = [
    await id(VC_TERMINATIONS, { virtual_circuit: virtualCircuits[0], role: 'hub', interface: virtualInterfaces[0], description: 'hub end' }),
    await id(VC_TERMINATIONS, { virtual_circuit: virtualCircuits[0], role: 'spoke', interface: virtualInterfaces[1] }),
    await id(VC_TERMINATIONS, { virtual_circuit: virtualCircuits[1], role: 'peer', interface: virtualInterfaces[2] }),
  ];
  return {
    tenantGroup, tenants, regions, siteGroups, sites, location, device, virtualInterfaces, physicalInterface, providers, accounts,
    networks, circuitTypes, vcTypes, circuits, terminations, groups, assignments, virtualCircuits, vcTerminations,
  };
}

/** The world plus three unused objects at the end of a list, so the generated bulk delete finds deletable ones. */
export function worldWithSpares(path: string, spares: (w: World) => Record<string, unknown>[]) {
  return async (app: TestApp): Promise<World> => {
    const w = await world(app);
    for (const body of spares(w)) await make(app.api, path, body);
    return w;
  };
}
