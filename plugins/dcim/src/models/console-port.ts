/** STUB: placeholder so other areas can import ConsolePort; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class ConsolePort extends NetBoxModel {
  static override tableName = 'dcim_consoleport';
  static override label = 'dcim.consoleport';
  static override verboseName = 'console port';
  static override verboseNamePlural = 'console ports';
  static override fields: FieldMap = {};
}
