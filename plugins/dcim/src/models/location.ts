/** STUB: placeholder so other areas can import Location; its owner replaces this file with the real model. */
import { NestedGroupModel, type FieldMap } from '@patchbay/core';

export class Location extends NestedGroupModel {
  static override tableName = 'dcim_location';
  static override label = 'dcim.location';
  static override verboseName = 'location';
  static override verboseNamePlural = 'locations';
  static override fields: FieldMap = {};
}
