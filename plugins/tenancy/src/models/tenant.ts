/** STUB: placeholder so other areas can import Tenant; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class Tenant extends PrimaryModel {
  static override tableName = 'tenancy_tenant';
  static override label = 'tenancy.tenant';
  static override verboseName = 'tenant';
  static override verboseNamePlural = 'tenants';
  static override fields: FieldMap = {};
}
