/** STUB: placeholder so other areas can import TenantGroup; its owner replaces this file with the real model. */
import { NestedGroupModel, type FieldMap } from '@patchbay/core';

export class TenantGroup extends NestedGroupModel {
  static override tableName = 'tenancy_tenantgroup';
  static override label = 'tenancy.tenantgroup';
  static override verboseName = 'tenant group';
  static override verboseNamePlural = 'tenant groups';
  static override fields: FieldMap = {};
}
