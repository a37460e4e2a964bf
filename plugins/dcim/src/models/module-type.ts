/** STUB: placeholder so other areas can import ModuleType; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class ModuleType extends PrimaryModel {
  static override tableName = 'dcim_moduletype';
  static override label = 'dcim.moduletype';
  static override verboseName = 'module type';
  static override verboseNamePlural = 'module types';
  static override fields: FieldMap = {};
}
