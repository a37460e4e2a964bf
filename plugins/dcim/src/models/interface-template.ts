/** STUB: placeholder so other areas can import InterfaceTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class InterfaceTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_interfacetemplate';
  static override label = 'dcim.interfacetemplate';
  static override verboseName = 'interface template';
  static override verboseNamePlural = 'interface templates';
  static override fields: FieldMap = {};
}
