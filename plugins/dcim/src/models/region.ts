/** STUB: placeholder so other areas can import Region; its owner replaces this file with the real model. */
import { NestedGroupModel, type FieldMap } from '@patchbay/core';

export class Region extends NestedGroupModel {
  static override tableName = 'dcim_region';
  static override label = 'dcim.region';
  static override verboseName = 'region';
  static override verboseNamePlural = 'regions';
  static override fields: FieldMap = {};
}
