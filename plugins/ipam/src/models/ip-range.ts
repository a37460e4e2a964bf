/**
 * A range of IP addresses (NetBox's IPRange) between two `inet` values of the same family and
 * mask; `size` is computed on save. Ranges may not overlap within a VRF.
 */
import { PrimaryModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { IPRangeStatusChoices } from '../choices/addressing.js';
import { familyField, inetField } from './ip-fields.js';
import { VRF } from './vrf.js';
import { Role } from './role.js';
import { cleanIPRange, rangeName } from '../services/ip-range-rules.js';

export class IPRange extends PrimaryModel {
  static override tableName = 'ipam_iprange';
  static override label = 'ipam.iprange';
  static override verboseName = 'IP range';
  static override verboseNamePlural = 'IP ranges';
  static override features = ['contacts'];
  // NetBox: (F('vrf').asc(nulls_first=True), 'start_address', 'pk'): by the VRF's id, global first.
  static override ordering = ['vrf_id NULLS FIRST', 'start_address'];
  static override fields: FieldMap = {
    family: familyField('start_address'),
    start_address: inetField({ required: true }),
    end_address: inetField({ required: true }),
    size: field.integer({ readOnly: true }),
    vrf: field.related(() => VRF, { nullable: true, default: null, onDelete: 'protect' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    status: field.choice(IPRangeStatusChoices, { default: 'active' }),
    role: field.related(() => Role, { nullable: true, default: null, onDelete: 'set_null' }),
    // Stored (NetBox 4.3's field, used by allocation); NetBox 4.2's API does not show it.
    mark_populated: field.boolean({ default: false }),
    mark_utilized: field.boolean({ default: false }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return rangeName(row);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanIPRange(row, prev, ctx);
  }
}
