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
import { power } from './areas/power.js';
import { cables } from './areas/cables.js';
import { paths } from './areas/paths.js';
import { Device } from './models/device.js';
import { Rack } from './models/rack.js';
import { Site } from './models/site.js';
import { registerScopeSync } from './scope/cached-scope.js';

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
const areas = [organisation, deviceTypes, racks, devices, components, power, cables, paths];

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
  extends: {
    serializerFields: [...tenantCounts, ...areas.flatMap((a) => a.serializerFields ?? [])],
    filters: areas.flatMap((a) => a.filters ?? []),
  },
  setup(ctx) {
    registerScopeSync(ctx);
    for (const a of areas) a.setup?.(ctx);
  },
});

export default dcimPlugin;

// Models, for other plugins' relations, counts and filters (ipam, circuits, virtualization…).
export { ComponentTemplateModel, ModularComponentTemplateModel } from './models/component-template.js';
export { ConsolePortTemplate } from './models/console-port-template.js';
export { ConsolePort } from './models/console-port.js';
export { ConsoleServerPortTemplate } from './models/console-server-port-template.js';
export { ConsoleServerPort } from './models/console-server-port.js';
export { DeviceBayTemplate } from './models/device-bay-template.js';
export { DeviceBay } from './models/device-bay.js';
export { DeviceRole } from './models/device-role.js';
export { DeviceType } from './models/device-type.js';
export { Device } from './models/device.js';
export { FrontPortTemplate } from './models/front-port-template.js';
export { FrontPort } from './models/front-port.js';
export { InterfaceTemplate } from './models/interface-template.js';
export { Interface } from './models/interface.js';
export { InventoryItemRole } from './models/inventory-item-role.js';
export { InventoryItemTemplate } from './models/inventory-item-template.js';
export { InventoryItem } from './models/inventory-item.js';
export { Location } from './models/location.js';
export { MACAddress } from './models/mac-address.js';
export { Manufacturer } from './models/manufacturer.js';
export { ModuleBayTemplate } from './models/module-bay-template.js';
export { ModuleBay } from './models/module-bay.js';
export { ModuleType } from './models/module-type.js';
export { Module } from './models/module.js';
export { Platform } from './models/platform.js';
export { PowerOutletTemplate } from './models/power-outlet-template.js';
export { PowerOutlet } from './models/power-outlet.js';
export { PowerFeed } from './models/power-feed.js';
export { PowerPanel } from './models/power-panel.js';
export { PowerPortTemplate } from './models/power-port-template.js';
export { PowerPort } from './models/power-port.js';
export { RackReservation } from './models/rack-reservation.js';
export { RackRole } from './models/rack-role.js';
export { RackType } from './models/rack-type.js';
export { Rack } from './models/rack.js';
export { RearPortTemplate } from './models/rear-port-template.js';
export { RearPort } from './models/rear-port.js';
export { Region } from './models/region.js';
export { SiteGroup } from './models/site-group.js';
export { Site } from './models/site.js';
export { VirtualChassis } from './models/virtual-chassis.js';
export { Cable } from './models/cable.js';
export { CableTermination } from './models/cable-termination.js';
export { cableFields, occupiedField, cleanCabledObject, cabledObjectFilters } from './cabling/cabled-fields.js';
export { addCableColumns, dropCableColumns } from './migrations/20260302000700_create_cable_tables.js';
export { VirtualDeviceContext } from './models/virtual-device-context.js';
export { siteScopeFilters, type SiteHop } from './filters/site-scope.js';
export { colorField } from './models/color-field.js';
export { integerChoiceField } from './models/integer-choice-field.js';
export * from './choices.js';
export { SCOPE_TYPES, scopeFields, addScopeColumns, refreshScope, syncScope, scopeFilters, isScopedModel } from './scope/cached-scope.js';
export { iexactText, countOf, isSet } from './services/device-filters.js';
export { decimalField } from './services/device-fields.js';
export { createMacMirrorTriggers, type MacMirror } from './migrations/mac-mirror-triggers.js';
// Cable paths: how other apps' cabled objects pass a path on (circuits), and their paths routes.
export { registerPassThrough, type PassThrough, type PassThroughStep, type PassThroughContext } from './cabling/paths/pass-through.js';
export { objectRemoved as cablePathObjectRemoved, retraceAcrossDelete as retraceCablePathsAcrossDelete } from './cabling/paths/signals.js';
export { passThroughPathsRoute } from './routes/cable-paths.js';
export type { Term as PathTerm } from './cabling/paths/nodes.js';
