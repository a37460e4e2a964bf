/** STUB: placeholder so other areas can import ContactAssignment; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class ContactAssignment extends ChangeLoggedModel {
  static override tableName = 'tenancy_contactassignment';
  static override label = 'tenancy.contactassignment';
  static override verboseName = 'contact assignment';
  static override verboseNamePlural = 'contact assignments';
  static override fields: FieldMap = {};
}
