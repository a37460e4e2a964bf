/** STUB: placeholder so other areas can import Device; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class Device extends PrimaryModel {
  static override tableName = 'dcim_device';
  static override label = 'dcim.device';
  static override verboseName = 'device';
  static override verboseNamePlural = 'devices';
  static override fields: FieldMap = {};
}
