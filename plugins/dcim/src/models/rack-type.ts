/** STUB: placeholder so other areas can import RackType; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class RackType extends PrimaryModel {
  static override tableName = 'dcim_racktype';
  static override label = 'dcim.racktype';
  static override verboseName = 'rack type';
  static override verboseNamePlural = 'rack types';
  static override fields: FieldMap = {};
}
