import { defineSerializer } from '@patchbay/core';
import { InventoryItemTemplate } from '../models/inventory-item-template.js';

/** Inventory item templates: the parent as a bare id (as NetBox), the component template in brief. */
export const inventoryItemTemplateSerializer = defineSerializer(InventoryItemTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'parent', 'name', 'label', 'role', 'manufacturer', 'part_id', 'description',
    'component_type', 'component_id', 'component', 'created', 'last_updated', '_depth',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
