/** STUB: placeholder so other areas can import RearPort; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class RearPort extends NetBoxModel {
  static override tableName = 'dcim_rearport';
  static override label = 'dcim.rearport';
  static override verboseName = 'rear port';
  static override verboseNamePlural = 'rear ports';
  static override fields: FieldMap = {};
}
