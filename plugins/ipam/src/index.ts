/**
 * @patchbay/plugin-ipam — NetBox's ipam app: VRFs and route targets, RIRs, aggregates, roles,
 * prefixes, IP ranges and IP addresses (stored as Postgres cidr/inet, with the math in SQL),
 * VLAN groups, VLANs and translation, ASNs and ASN ranges, FHRP groups, services, and the
 * available-* allocation endpoints. Built only on core's public API, like any third-party plugin.
 */
import { definePlugin } from '@patchbay/core';
import { numbering } from './areas/numbering.js';
import { vlans } from './areas/vlans.js';
import { addressing } from './areas/addressing.js';
import { services } from './areas/services.js';
import { allocation } from './areas/allocation.js';

/**
 * In dependency order: numbering (VRFs, RIRs, roles, ASNs: 20260303000100…), VLANs (…0200),
 * addressing (prefixes point at VLANs: …0300), services and FHRP (point at IP addresses: …0400),
 * allocation (routes only).
 */
const areas = [numbering, vlans, addressing, services, allocation];

export const ipamPlugin = definePlugin({
  name: 'ipam',
  version: '0.1.0',
  description: 'VRFs, prefixes, IP ranges and addresses, VLANs, ASNs, FHRP groups and services.',
  author: 'Patchbay',
  compatibility: '>=0.1.0 <1.0.0',
  dependsOn: ['tenancy', 'dcim'],
  mount: 'ipam',
  settings: { defaults: { enforceGlobalUnique: true } },
  models: areas.flatMap((a) => a.models),
  resources: areas.flatMap((a) => a.resources),
  routes: areas.flatMap((a) => a.routes ?? []),
  searchIndexes: areas.flatMap((a) => a.searchIndexes ?? []),
  choices: areas.flatMap((a) => a.choices ?? []),
  widgets: areas.flatMap((a) => a.widgets ?? []),
  migrations: Object.assign({}, ...areas.map((a) => a.migrations)),
  extends: {
    serializerFields: areas.flatMap((a) => a.serializerFields ?? []),
    filters: areas.flatMap((a) => a.filters ?? []),
  },
  async setup(ctx) {
    for (const area of areas) await area.setup?.(ctx);
  },
});

export default ipamPlugin;

export * from './public/numbering.js';
export * from './public/vlans.js';
export * from './public/addressing.js';
export * from './public/services.js';
export * from './public/allocation.js';
