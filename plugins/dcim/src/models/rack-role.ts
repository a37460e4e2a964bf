/** STUB: placeholder so other areas can import RackRole; its owner replaces this file with the real model. */
import { OrganizationalModel, type FieldMap } from '@patchbay/core';

export class RackRole extends OrganizationalModel {
  static override tableName = 'dcim_rackrole';
  static override label = 'dcim.rackrole';
  static override verboseName = 'rack role';
  static override verboseNamePlural = 'rack roles';
  static override fields: FieldMap = {};
}
