/** STUB: placeholder so other areas can import RearPortTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class RearPortTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_rearporttemplate';
  static override label = 'dcim.rearporttemplate';
  static override verboseName = 'rear port template';
  static override verboseNamePlural = 'rear port templates';
  static override fields: FieldMap = {};
}
