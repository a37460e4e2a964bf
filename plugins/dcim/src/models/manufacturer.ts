/** A maker of devices, modules and inventory items (NetBox's Manufacturer). */
import { OrganizationalModel, type ModelFeature } from '@patchbay/core';

export class Manufacturer extends OrganizationalModel {
  static override tableName = 'dcim_manufacturer';
  static override label = 'dcim.manufacturer';
  static override verboseName = 'manufacturer';
  static override verboseNamePlural = 'manufacturers';
  static override features: ModelFeature[] = ['contacts'];
}
