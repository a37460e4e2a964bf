/**
 * @patchbay/plugin-dcim — NetBox's dcim app: sites and their organisation, racks, device and
 * module types with their component templates, devices, modules and their components.
 * Built only on @patchbay/core's public API, like any third-party plugin.
 */
import { definePlugin, field, type PluginExtensions } from '@patchbay/core';
import { organisation } from './areas/organisation.js';
import { deviceTypes } from './areas/device-types.js';
import { racks } from './areas/racks.js';
import { devices } from './areas/devices.js';
import { components } from './areas/components.js';
import { Device } from './models/device.js';
import { Rack } from './models/rack.js';
import { Site } from './models/site.js';

/**
 * The reference's Tenant shows counts of objects from every app (circuit_count, device_count, …,
 * in alphabetical order after last_updated); these are the dcim ones, in that order.
 */
const tenantCounts: NonNullable<PluginExtensions['serializerFields']> = [
  { model: 'tenancy.tenant', name: 'device_count', spec: field.count(() => Device, 'tenant_id'), after: 'last_updated' },
  { model: 'tenancy.tenant', name: 'rack_count', spec: field.count(() => Rack, 'tenant_id'), after: 'device_count' },
  { model: 'tenancy.tenant', name: 'site_count', spec: field.count(() => Site, 'tenant_id'), after: 'rack_count' },
];

/** In dependency order: each area's tables may point at the areas before it. */
const areas = [organisation, deviceTypes, racks, devices, components];

export const dcimPlugin = definePlugin({
  name: 'dcim',
  version: '0.1.0',
  description: 'Sites, racks, device types, devices and their components.',
  author: 'Patchbay',
  compatibility: '>=0.1.0 <1.0.0',
  dependsOn: ['tenancy'],
  mount: 'dcim',
  models: areas.flatMap((a) => a.models),
  resources: areas.flatMap((a) => a.resources),
  routes: areas.flatMap((a) => a.routes ?? []),
  searchIndexes: areas.flatMap((a) => a.searchIndexes ?? []),
  choices: areas.flatMap((a) => a.choices ?? []),
  widgets: areas.flatMap((a) => a.widgets ?? []),
  migrations: Object.assign({}, ...areas.map((a) => a.migrations)),
  extends: { serializerFields: [...tenantCounts, ...areas.flatMap((a) => a.serializerFields ?? [])] },
});

export default dcimPlugin;
