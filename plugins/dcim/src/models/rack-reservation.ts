/** STUB: placeholder so other areas can import RackReservation; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class RackReservation extends PrimaryModel {
  static override tableName = 'dcim_rackreservation';
  static override label = 'dcim.rackreservation';
  static override verboseName = 'rack reservation';
  static override verboseNamePlural = 'rack reservations';
  static override fields: FieldMap = {};
}
