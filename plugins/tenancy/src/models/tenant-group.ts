/** A tree of tenant groups (NetBox's TenantGroup): name and slug unique across the whole tree. */
import { NestedGroupModel, field, type FieldMap } from '@patchbay/core';

export class TenantGroup extends NestedGroupModel {
  static override tableName = 'tenancy_tenantgroup';
  static override label = 'tenancy.tenantgroup';
  static override verboseName = 'tenant group';
  static override verboseNamePlural = 'tenant groups';
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    slug: field.slug({ unique: true }),
  };
}
