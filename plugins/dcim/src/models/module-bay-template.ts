/** STUB: placeholder so other areas can import ModuleBayTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class ModuleBayTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_modulebaytemplate';
  static override label = 'dcim.modulebaytemplate';
  static override verboseName = 'module bay template';
  static override verboseNamePlural = 'module bay templates';
  static override fields: FieldMap = {};
}
