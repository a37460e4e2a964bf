/** STUB: placeholder so other areas can import ConsoleServerPortTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class ConsoleServerPortTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_consoleserverporttemplate';
  static override label = 'dcim.consoleserverporttemplate';
  static override verboseName = 'console server port template';
  static override verboseNamePlural = 'console server port templates';
  static override fields: FieldMap = {};
}
