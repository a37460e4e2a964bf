/** STUB: placeholder so other areas can import InventoryItemTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class InventoryItemTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_inventoryitemtemplate';
  static override label = 'dcim.inventoryitemtemplate';
  static override verboseName = 'inventory item template';
  static override verboseNamePlural = 'inventory item templates';
  static override fields: FieldMap = {};
}
