/** STUB: placeholder so other areas can import DeviceBayTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class DeviceBayTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_devicebaytemplate';
  static override label = 'dcim.devicebaytemplate';
  static override verboseName = 'device bay template';
  static override verboseNamePlural = 'device bay templates';
  static override fields: FieldMap = {};
}
