/** STUB: placeholder so other areas can import PowerOutlet; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class PowerOutlet extends NetBoxModel {
  static override tableName = 'dcim_poweroutlet';
  static override label = 'dcim.poweroutlet';
  static override verboseName = 'power outlet';
  static override verboseNamePlural = 'power outlets';
  static override fields: FieldMap = {};
}
