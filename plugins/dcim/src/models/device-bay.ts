/** STUB: placeholder so other areas can import DeviceBay; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class DeviceBay extends NetBoxModel {
  static override tableName = 'dcim_devicebay';
  static override label = 'dcim.devicebay';
  static override verboseName = 'device bay';
  static override verboseNamePlural = 'device bays';
  static override fields: FieldMap = {};
}
