/** STUB: placeholder so other areas can import ContactGroup; its owner replaces this file with the real model. */
import { NestedGroupModel, type FieldMap } from '@patchbay/core';

export class ContactGroup extends NestedGroupModel {
  static override tableName = 'tenancy_contactgroup';
  static override label = 'tenancy.contactgroup';
  static override verboseName = 'contact group';
  static override verboseNamePlural = 'contact groups';
  static override fields: FieldMap = {};
}
