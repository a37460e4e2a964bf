/** The function of an inventory item (power supply, fan tray…), with a colour. */
import { OrganizationalModel, type FieldMap } from '@patchbay/core';
import { colorField } from './color-field.js';

export class InventoryItemRole extends OrganizationalModel {
  static override tableName = 'dcim_inventoryitemrole';
  static override label = 'dcim.inventoryitemrole';
  static override verboseName = 'inventory item role';
  static override verboseNamePlural = 'inventory item roles';
  static override fields: FieldMap = {
    color: colorField({ default: '9e9e9e' }),
  };
}
