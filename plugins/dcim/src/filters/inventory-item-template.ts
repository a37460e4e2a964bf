import { relation, defineFilterSet } from '@patchbay/core';
import { InventoryItemRole } from '../models/inventory-item-role.js';
import { Manufacturer } from '../models/manufacturer.js';
import { InventoryItemTemplate } from '../models/inventory-item-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Inventory item templates filter by device type, parent, role, manufacturer, part ID and component. */
export const inventoryItemTemplateFilterSet = defineFilterSet(InventoryItemTemplate, {
  fields: {
    ...templateFilters(false),
    parent: relation(() => InventoryItemTemplate, { by: false }),
    role: relation(() => InventoryItemRole),
    manufacturer: relation(() => Manufacturer),
    part_id: 'text',
    component_type: 'text',
    component_id: 'number',
  },
  search: templateSearch,
});
