/**
 * A VRF (NetBox's VRF): a discrete layer-3 forwarding table. Prefixes and IP addresses may sit in
 * one; without one they are in the global table. `rd` (RFC 4364 route distinguisher) is unique
 * when set; `enforce_unique` forbids duplicate prefixes/addresses inside the VRF.
 */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { RouteTarget } from './route-target.js';

/** NetBox's VRF_RD_MAX_LENGTH (also the route target name length, RFC 4360 section 4). */
export const VRF_RD_MAX_LENGTH = 21;

export class VRF extends PrimaryModel {
  static override tableName = 'ipam_vrf';
  static override label = 'ipam.vrf';
  static override verboseName = 'VRF';
  static override verboseNamePlural = 'VRFs';
  // (name, rd) may repeat, so id breaks ties.
  static override ordering = ['name', 'rd', 'id'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    // Blank is stored as NULL so several VRFs may have no RD.
    rd: field.string({ maxLength: VRF_RD_MAX_LENGTH, nullable: true, default: null, unique: true }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    enforce_unique: field.boolean({ default: true }),
    import_targets: field.many(() => RouteTarget, { table: 'ipam_vrf_import_targets', from: 'vrf_id', to: 'routetarget_id' }),
    export_targets: field.many(() => RouteTarget, { table: 'ipam_vrf_export_targets', from: 'vrf_id', to: 'routetarget_id' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return row.rd ? `${row.name} (${row.rd})` : String(row.name);
  }
}
