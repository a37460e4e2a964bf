import { defineSerializer } from '@patchbay/core';
import { InventoryItem } from '../models/inventory-item.js';

/** InventoryItem in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const inventoryItemSerializer = defineSerializer(InventoryItem, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'parent', 'name', 'label', 'status', 'role', 'manufacturer', 'part_id', 'serial', 'asset_tag', 'discovered', 'description', 'component_type', 'component_id', 'component', 'tags', 'custom_fields', 'created', 'last_updated', '_depth'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description', '_depth'],
});
