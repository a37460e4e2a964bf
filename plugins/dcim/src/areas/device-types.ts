/**
 * The device-types area of DCIM: manufacturers, platforms, device and inventory item roles,
 * device and module types, and their ten kinds of component templates. Also registers every
 * dcim choice set (src/choices.ts), which all areas share. Migrates after the organisation area.
 */
import { defineResource, defineSearchIndex, type FilterSet, type ModelClass, type Serializer } from '@patchbay/core';
import type { DcimArea } from './area.js';
import { dcimChoiceSets } from '../choices.js';
import { Manufacturer } from '../models/manufacturer.js';
import { Platform } from '../models/platform.js';
import { DeviceRole } from '../models/device-role.js';
import { InventoryItemRole } from '../models/inventory-item-role.js';
import { DeviceType } from '../models/device-type.js';
import { ModuleType } from '../models/module-type.js';
import { ConsolePortTemplate } from '../models/console-port-template.js';
import { ConsoleServerPortTemplate } from '../models/console-server-port-template.js';
import { PowerPortTemplate } from '../models/power-port-template.js';
import { PowerOutletTemplate } from '../models/power-outlet-template.js';
import { InterfaceTemplate } from '../models/interface-template.js';
import { RearPortTemplate } from '../models/rear-port-template.js';
import { FrontPortTemplate } from '../models/front-port-template.js';
import { ModuleBayTemplate } from '../models/module-bay-template.js';
import { DeviceBayTemplate } from '../models/device-bay-template.js';
import { InventoryItemTemplate } from '../models/inventory-item-template.js';
import { manufacturerSerializer } from '../serializers/manufacturer.js';
import { platformSerializer } from '../serializers/platform.js';
import { deviceRoleSerializer } from '../serializers/device-role.js';
import { inventoryItemRoleSerializer } from '../serializers/inventory-item-role.js';
import { deviceTypeSerializer } from '../serializers/device-type.js';
import { moduleTypeSerializer } from '../serializers/module-type.js';
import { consolePortTemplateSerializer } from '../serializers/console-port-template.js';
import { consoleServerPortTemplateSerializer } from '../serializers/console-server-port-template.js';
import { powerPortTemplateSerializer } from '../serializers/power-port-template.js';
import { powerOutletTemplateSerializer } from '../serializers/power-outlet-template.js';
import { interfaceTemplateSerializer } from '../serializers/interface-template.js';
import { rearPortTemplateSerializer } from '../serializers/rear-port-template.js';
import { frontPortTemplateSerializer } from '../serializers/front-port-template.js';
import { moduleBayTemplateSerializer } from '../serializers/module-bay-template.js';
import { deviceBayTemplateSerializer } from '../serializers/device-bay-template.js';
import { inventoryItemTemplateSerializer } from '../serializers/inventory-item-template.js';
import { manufacturerFilterSet } from '../filters/manufacturer.js';
import { platformFilterSet } from '../filters/platform.js';
import { deviceRoleFilterSet } from '../filters/device-role.js';
import { inventoryItemRoleFilterSet } from '../filters/inventory-item-role.js';
import { deviceTypeFilterSet } from '../filters/device-type.js';
import { moduleTypeFilterSet } from '../filters/module-type.js';
import { consolePortTemplateFilterSet } from '../filters/console-port-template.js';
import { consoleServerPortTemplateFilterSet } from '../filters/console-server-port-template.js';
import { powerPortTemplateFilterSet } from '../filters/power-port-template.js';
import { powerOutletTemplateFilterSet } from '../filters/power-outlet-template.js';
import { interfaceTemplateFilterSet } from '../filters/interface-template.js';
import { rearPortTemplateFilterSet } from '../filters/rear-port-template.js';
import { frontPortTemplateFilterSet } from '../filters/front-port-template.js';
import { moduleBayTemplateFilterSet } from '../filters/module-bay-template.js';
import { deviceBayTemplateFilterSet } from '../filters/device-bay-template.js';
import { inventoryItemTemplateFilterSet } from '../filters/inventory-item-template.js';
import { createDeviceTypeTables } from '../migrations/20260302000200_create_device_type_tables.js';

/** Endpoint slug → model, serializer and filter set, in NetBox's menu order. */
const table: [string, ModelClass, Serializer, FilterSet][] = [
  ['manufacturers', Manufacturer, manufacturerSerializer, manufacturerFilterSet],
  ['device-types', DeviceType, deviceTypeSerializer, deviceTypeFilterSet],
  ['module-types', ModuleType, moduleTypeSerializer, moduleTypeFilterSet],
  ['device-roles', DeviceRole, deviceRoleSerializer, deviceRoleFilterSet],
  ['platforms', Platform, platformSerializer, platformFilterSet],
  ['inventory-item-roles', InventoryItemRole, inventoryItemRoleSerializer, inventoryItemRoleFilterSet],
  ['console-port-templates', ConsolePortTemplate, consolePortTemplateSerializer, consolePortTemplateFilterSet],
  ['console-server-port-templates', ConsoleServerPortTemplate, consoleServerPortTemplateSerializer, consoleServerPortTemplateFilterSet],
  ['power-port-templates', PowerPortTemplate, powerPortTemplateSerializer, powerPortTemplateFilterSet],
  ['power-outlet-templates', PowerOutletTemplate, powerOutletTemplateSerializer, powerOutletTemplateFilterSet],
  ['interface-templates', InterfaceTemplate, interfaceTemplateSerializer, interfaceTemplateFilterSet],
  ['front-port-templates', FrontPortTemplate, frontPortTemplateSerializer, frontPortTemplateFilterSet],
  ['rear-port-templates', RearPortTemplate, rearPortTemplateSerializer, rearPortTemplateFilterSet],
  ['module-bay-templates', ModuleBayTemplate, moduleBayTemplateSerializer, moduleBayTemplateFilterSet],
  ['device-bay-templates', DeviceBayTemplate, deviceBayTemplateSerializer, deviceBayTemplateFilterSet],
  ['inventory-item-templates', InventoryItemTemplate, inventoryItemTemplateSerializer, inventoryItemTemplateFilterSet],
];

export const deviceTypes: DcimArea = {
  models: table.map(([, model]) => model),
  resources: table.map(([slug, model, serializer, filterSet]) => defineResource({ slug, model, serializer, filterSet })),
  // NetBox's dcim/search.py weights and display attributes (NetBox indexes no component templates).
  searchIndexes: [
    defineSearchIndex(Manufacturer, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
    defineSearchIndex(DeviceType, {
      fields: { model: 100, part_number: 200, description: 500, comments: 5000 },
      display: ['manufacturer', 'part_number', 'description'],
    }),
    defineSearchIndex(ModuleType, {
      fields: { model: 100, part_number: 200, description: 500, comments: 5000 },
      display: ['manufacturer', 'part_number', 'description'],
    }),
    defineSearchIndex(DeviceRole, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
    defineSearchIndex(Platform, { fields: { name: 100, slug: 110, description: 500 }, display: ['manufacturer', 'description'] }),
    defineSearchIndex(InventoryItemRole, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
  ],
  choices: dcimChoiceSets,
  migrations: { '20260302000200_create_device_type_tables': createDeviceTypeTables },
};
