import { defineSerializer, field } from '@patchbay/core';
import { DeviceType } from '../models/device-type.js';
import { InventoryItem } from '../models/inventory-item.js';
import { Manufacturer } from '../models/manufacturer.js';
import { Platform } from '../models/platform.js';

/** Manufacturers with what they make: device types, inventory items, platforms. */
export const manufacturerSerializer = defineSerializer(Manufacturer, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'devicetype_count', 'inventoryitem_count', 'platform_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'devicetype_count'],
  extraFields: {
    devicetype_count: field.count(() => DeviceType, 'manufacturer_id'),
    inventoryitem_count: field.count(() => InventoryItem, 'manufacturer_id'),
    platform_count: field.count(() => Platform, 'manufacturer_id'),
  },
});
