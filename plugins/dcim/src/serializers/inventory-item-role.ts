import { defineSerializer, field } from '@patchbay/core';
import { InventoryItem } from '../models/inventory-item.js';
import { InventoryItemRole } from '../models/inventory-item-role.js';

/** Inventory item roles with their colour and item count. */
export const inventoryItemRoleSerializer = defineSerializer(InventoryItemRole, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'inventoryitem_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'inventoryitem_count'],
  extraFields: { inventoryitem_count: field.count(() => InventoryItem, 'role_id') },
});
