import { defineFilterSet } from '@patchbay/core';
import { InventoryItemRole } from '../models/inventory-item-role.js';

/** Inventory item roles filter by name, slug, colour and description. */
export const inventoryItemRoleFilterSet = defineFilterSet(InventoryItemRole, {
  fields: { name: 'text', slug: 'text', color: 'text', description: 'text' },
  search: ['name', 'slug', 'description'],
});
