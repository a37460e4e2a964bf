/** STUB: placeholder so other areas can import VirtualChassis; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class VirtualChassis extends PrimaryModel {
  static override tableName = 'dcim_virtualchassis';
  static override label = 'dcim.virtualchassis';
  static override verboseName = 'virtual chassis';
  static override verboseNamePlural = 'virtual chassis';
  static override fields: FieldMap = {};
}
