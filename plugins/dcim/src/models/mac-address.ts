/** STUB: placeholder so other areas can import MACAddress; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class MACAddress extends PrimaryModel {
  static override tableName = 'dcim_macaddress';
  static override label = 'dcim.macaddress';
  static override verboseName = 'MAC address';
  static override verboseNamePlural = 'MAC addresses';
  static override fields: FieldMap = {};
}
