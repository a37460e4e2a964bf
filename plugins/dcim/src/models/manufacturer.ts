/** STUB: placeholder so other areas can import Manufacturer; its owner replaces this file with the real model. */
import { OrganizationalModel, type FieldMap } from '@patchbay/core';

export class Manufacturer extends OrganizationalModel {
  static override tableName = 'dcim_manufacturer';
  static override label = 'dcim.manufacturer';
  static override verboseName = 'manufacturer';
  static override verboseNamePlural = 'manufacturers';
  static override fields: FieldMap = {};
}
