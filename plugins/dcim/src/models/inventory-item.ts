/** STUB: placeholder so other areas can import InventoryItem; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class InventoryItem extends NetBoxModel {
  static override tableName = 'dcim_inventoryitem';
  static override label = 'dcim.inventoryitem';
  static override verboseName = 'inventory item';
  static override verboseNamePlural = 'inventory items';
  static override fields: FieldMap = {};
}
