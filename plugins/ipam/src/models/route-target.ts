/** A BGP extended community controlling route redistribution among VRFs (NetBox's RouteTarget, RFC 4364). */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';

export class RouteTarget extends PrimaryModel {
  static override tableName = 'ipam_routetarget';
  static override label = 'ipam.routetarget';
  static override verboseName = 'route target';
  static override verboseNamePlural = 'route targets';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    // Same format as a VRF RD (RFC 4360 section 4), so the same 21-character limit.
    name: field.string({ maxLength: 21, required: true, unique: true }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
  };
}
