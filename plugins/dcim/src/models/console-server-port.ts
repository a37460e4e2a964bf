/** STUB: placeholder so other areas can import ConsoleServerPort; its owner replaces this file with the real model. */
import { NetBoxModel, type FieldMap } from '@patchbay/core';

export class ConsoleServerPort extends NetBoxModel {
  static override tableName = 'dcim_consoleserverport';
  static override label = 'dcim.consoleserverport';
  static override verboseName = 'console server port';
  static override verboseNamePlural = 'console server ports';
  static override fields: FieldMap = {};
}
