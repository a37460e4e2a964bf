/** STUB: placeholder so other areas can import VirtualDeviceContext; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class VirtualDeviceContext extends PrimaryModel {
  static override tableName = 'dcim_virtualdevicecontext';
  static override label = 'dcim.virtualdevicecontext';
  static override verboseName = 'virtual device context';
  static override verboseNamePlural = 'virtual device contexts';
  static override fields: FieldMap = {};
}
