/** STUB: placeholder so other areas can import Rack; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class Rack extends PrimaryModel {
  static override tableName = 'dcim_rack';
  static override label = 'dcim.rack';
  static override verboseName = 'rack';
  static override verboseNamePlural = 'racks';
  static override fields: FieldMap = {};
}
