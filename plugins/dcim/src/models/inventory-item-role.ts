/** STUB: placeholder so other areas can import InventoryItemRole; its owner replaces this file with the real model. */
import { OrganizationalModel, type FieldMap } from '@patchbay/core';

export class InventoryItemRole extends OrganizationalModel {
  static override tableName = 'dcim_inventoryitemrole';
  static override label = 'dcim.inventoryitemrole';
  static override verboseName = 'inventory item role';
  static override verboseNamePlural = 'inventory item roles';
  static override fields: FieldMap = {};
}
