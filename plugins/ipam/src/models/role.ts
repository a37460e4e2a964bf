/** The function of a prefix or VLAN (NetBox's Role): "Customer", "Management"…, ordered by weight then name. */
import { OrganizationalModel, field, type FieldMap } from '@patchbay/core';

export class Role extends OrganizationalModel {
  static override tableName = 'ipam_role';
  static override label = 'ipam.role';
  static override verboseName = 'role';
  static override verboseNamePlural = 'roles';
  static override ordering = ['weight', 'name'];
  static override fields: FieldMap = {
    // PositiveSmallIntegerField.
    weight: field.integer({ min: 0, max: 32767, default: 1000 }),
  };
}
