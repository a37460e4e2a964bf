/** A tree of contact groups (NetBox's ContactGroup): names unique among siblings. */
import { NestedGroupModel, type FieldMap } from '@patchbay/core';

export class ContactGroup extends NestedGroupModel {
  static override tableName = 'tenancy_contactgroup';
  static override label = 'tenancy.contactgroup';
  static override verboseName = 'contact group';
  static override verboseNamePlural = 'contact groups';
  static override uniqueTogether = [{ fields: ['parent', 'name'], message: 'The fields parent, name must make a unique set.' }];
  static override fields: FieldMap = {};
}
