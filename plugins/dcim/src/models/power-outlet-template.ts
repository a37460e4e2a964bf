/** STUB: placeholder so other areas can import PowerOutletTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class PowerOutletTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_poweroutlettemplate';
  static override label = 'dcim.poweroutlettemplate';
  static override verboseName = 'power outlet template';
  static override verboseNamePlural = 'power outlet templates';
  static override fields: FieldMap = {};
}
