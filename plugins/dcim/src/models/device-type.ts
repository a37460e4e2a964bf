/** STUB: placeholder so other areas can import DeviceType; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class DeviceType extends PrimaryModel {
  static override tableName = 'dcim_devicetype';
  static override label = 'dcim.devicetype';
  static override verboseName = 'device type';
  static override verboseNamePlural = 'device types';
  static override fields: FieldMap = {};
}
