/** STUB: placeholder so other areas can import Interface; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class Interface extends NetBoxModel {
  static override tableName = 'dcim_interface';
  static override label = 'dcim.interface';
  static override verboseName = 'interface';
  static override verboseNamePlural = 'interfaces';
  static override fields: FieldMap = {};
}
