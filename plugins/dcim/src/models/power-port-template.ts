/** STUB: placeholder so other areas can import PowerPortTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class PowerPortTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_powerporttemplate';
  static override label = 'dcim.powerporttemplate';
  static override verboseName = 'power port template';
  static override verboseNamePlural = 'power port templates';
  static override fields: FieldMap = {};
}
