import { choice, defineFilterSet, relation } from '@patchbay/core';
import { InventoryItem } from '../models/inventory-item.js';
import { InventoryItemRole } from '../models/inventory-item-role.js';
import { Manufacturer } from '../models/manufacturer.js';
import { InventoryItemStatusChoices } from '../choices.js';
import { componentFilters } from '../services/component-common.js';

/** NetBox's InventoryItemFilterSet: tree parent, role, manufacturer, identifiers, linked component. */
export const inventoryItemFilterSet = defineFilterSet(InventoryItem, {
  fields: {
    ...componentFilters({ modular: false }),
    parent: relation(() => InventoryItem, { by: false }),
    status: choice(InventoryItemStatusChoices),
    role: relation(() => InventoryItemRole, { by: 'slug' }),
    manufacturer: relation(() => Manufacturer, { by: 'slug' }),
    part_id: 'text',
    serial: 'text',
    asset_tag: 'text',
    discovered: 'boolean',
    component_type: 'text',
    component_id: 'number',
  },
  search: ['name', 'description', 'part_id', 'serial', 'asset_tag'],
});
