/** STUB: placeholder so other areas can import Module; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class Module extends PrimaryModel {
  static override tableName = 'dcim_module';
  static override label = 'dcim.module';
  static override verboseName = 'module';
  static override verboseNamePlural = 'modules';
  static override fields: FieldMap = {};
}
