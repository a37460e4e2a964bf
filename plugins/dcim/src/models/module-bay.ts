/** STUB: placeholder so other areas can import ModuleBay; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class ModuleBay extends NetBoxModel {
  static override tableName = 'dcim_modulebay';
  static override label = 'dcim.modulebay';
  static override verboseName = 'module bay';
  static override verboseNamePlural = 'module bays';
  static override fields: FieldMap = {};
}
