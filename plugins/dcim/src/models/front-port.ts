/** STUB: placeholder so other areas can import FrontPort; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class FrontPort extends NetBoxModel {
  static override tableName = 'dcim_frontport';
  static override label = 'dcim.frontport';
  static override verboseName = 'front port';
  static override verboseNamePlural = 'front ports';
  static override fields: FieldMap = {};
}
