/** The function a contact serves for an object (NetBox's ContactRole): "NOC", "billing"… */
import { OrganizationalModel, type FieldMap } from '@patchbay/core';

export class ContactRole extends OrganizationalModel {
  static override tableName = 'tenancy_contactrole';
  static override label = 'tenancy.contactrole';
  static override verboseName = 'contact role';
  static override verboseNamePlural = 'contact roles';
  static override fields: FieldMap = {};
}
