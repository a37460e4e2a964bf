/**
 * @patchbay/plugin-dcim — NetBox's dcim app: sites and their organisation, racks, device and
 * module types with their component templates, devices, modules and their components.
 * Built only on @patchbay/core's public API, like any third-party plugin.
 */
import { definePlugin } from '@patchbay/core';
import { organisation } from './areas/organisation.js';
import { deviceTypes } from './areas/device-types.js';
import { racks } from './areas/racks.js';
import { devices } from './areas/devices.js';
import { components } from './areas/components.js';

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
  extends: { serializerFields: areas.flatMap((a) => a.serializerFields ?? []) },
});

export default dcimPlugin;
