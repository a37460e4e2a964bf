/** STUB: placeholder so other areas can import Contact; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class Contact extends PrimaryModel {
  static override tableName = 'tenancy_contact';
  static override label = 'tenancy.contact';
  static override verboseName = 'contact';
  static override verboseNamePlural = 'contacts';
  static override fields: FieldMap = {};
}
