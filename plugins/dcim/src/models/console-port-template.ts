/** STUB: placeholder so other areas can import ConsolePortTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class ConsolePortTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_consoleporttemplate';
  static override label = 'dcim.consoleporttemplate';
  static override verboseName = 'console port template';
  static override verboseNamePlural = 'console port templates';
  static override fields: FieldMap = {};
}
