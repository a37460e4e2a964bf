/** STUB: placeholder so other areas can import PowerPort; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class PowerPort extends NetBoxModel {
  static override tableName = 'dcim_powerport';
  static override label = 'dcim.powerport';
  static override verboseName = 'power port';
  static override verboseNamePlural = 'power ports';
  static override fields: FieldMap = {};
}
