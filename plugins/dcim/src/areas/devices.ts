/**
 * The devices area of DCIM: devices, modules, virtual device contexts and virtual chassis — their
 * models, endpoints, search indexes and migration (timestamps 20260302000400…).
 */
import { defineResource, defineSearchIndex } from '@patchbay/core';
import type { DcimArea } from './area.js';
import { Device } from '../models/device.js';
import { Module } from '../models/module.js';
import { VirtualChassis } from '../models/virtual-chassis.js';
import { VirtualDeviceContext } from '../models/virtual-device-context.js';
import { deviceSerializer } from '../serializers/device.js';
import { moduleSerializer } from '../serializers/module.js';
import { virtualChassisSerializer } from '../serializers/virtual-chassis.js';
import { virtualDeviceContextSerializer } from '../serializers/virtual-device-context.js';
import { deviceFilterSet } from '../filters/device.js';
import { moduleFilterSet } from '../filters/module.js';
import { virtualChassisFilterSet } from '../filters/virtual-chassis.js';
import { virtualDeviceContextFilterSet } from '../filters/virtual-device-context.js';
import { deviceWriteHooks } from '../services/device-placement.js';
import { createDeviceTables } from '../migrations/20260302000400_create_device_tables.js';

export const devices: DcimArea = {
  models: [VirtualChassis, Device, Module, VirtualDeviceContext],
  resources: [
    defineResource({ slug: 'devices', model: Device, serializer: deviceSerializer, filterSet: deviceFilterSet, hooks: deviceWriteHooks }),
    defineResource({ slug: 'modules', model: Module, serializer: moduleSerializer, filterSet: moduleFilterSet }),
    defineResource({ slug: 'virtual-chassis', model: VirtualChassis, serializer: virtualChassisSerializer, filterSet: virtualChassisFilterSet }),
    defineResource({ slug: 'virtual-device-contexts', model: VirtualDeviceContext, serializer: virtualDeviceContextSerializer, filterSet: virtualDeviceContextFilterSet }),
  ],
  // NetBox's dcim/search.py weights.
  searchIndexes: [
    defineSearchIndex(Device, {
      fields: { asset_tag: 50, serial: 60, name: 100, description: 500, comments: 5000 },
      display: ['site', 'location', 'rack', 'status', 'device_type', 'role', 'tenant', 'platform', 'serial', 'asset_tag', 'description'],
    }),
    defineSearchIndex(Module, {
      fields: { asset_tag: 50, serial: 60, description: 500, comments: 5000 },
      display: ['device', 'module_bay', 'module_type', 'status', 'serial', 'asset_tag', 'description'],
    }),
    defineSearchIndex(VirtualChassis, {
      fields: { name: 100, domain: 300, description: 500, comments: 5000 },
      display: ['master', 'domain', 'description'],
    }),
    defineSearchIndex(VirtualDeviceContext, {
      fields: { name: 100, identifier: 300, description: 500, comments: 5000 },
      display: ['device', 'status', 'identifier', 'tenant', 'description'],
    }),
  ],
  migrations: { '20260302000400_create_device_tables': createDeviceTables },
};
