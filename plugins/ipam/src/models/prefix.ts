/**
 * An IPv4 or IPv6 network (NetBox's Prefix), stored as Postgres `cidr`. `_depth` and `_children`
 * are NetBox's cached hierarchy counters, maintained in SQL by services/prefix-hierarchy.ts
 * within the write's transaction; `scope_*` is NetBox 4.2's cached scope (region/site group/site/location).
 */
import { PrimaryModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { scopeFields, syncScope } from '@patchbay/plugin-dcim';
import { PrefixStatusChoices } from '../choices/addressing.js';
import { cidrField, familyField } from './ip-fields.js';
import { VRF } from './vrf.js';
import { VLAN } from './vlan.js';
import { Role } from './role.js';
import { cleanPrefix } from '../services/prefix-rules.js';
import { afterPrefixSaved } from '../services/prefix-hierarchy.js';

export class Prefix extends PrimaryModel {
  static override tableName = 'ipam_prefix';
  static override label = 'ipam.prefix';
  static override verboseName = 'prefix';
  static override verboseNamePlural = 'prefixes';
  static override features = ['contacts'];
  // NetBox: (F('vrf').asc(nulls_first=True), 'prefix', 'pk'): an F() on a key orders by the id, global first.
  static override ordering = ['vrf_id NULLS FIRST', 'prefix'];
  static override fields: FieldMap = {
    family: familyField('prefix'),
    prefix: cidrField({ required: true }),
    vrf: field.related(() => VRF, { nullable: true, default: null, onDelete: 'protect' }),
    ...scopeFields(),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    vlan: field.related(() => VLAN, { nullable: true, default: null, onDelete: 'protect' }),
    status: field.choice(PrefixStatusChoices, { default: 'active' }),
    role: field.related(() => Role, { nullable: true, default: null, onDelete: 'set_null' }),
    is_pool: field.boolean({ default: false }),
    mark_utilized: field.boolean({ default: false }),
    _depth: field.integer({ readOnly: true }),
    children: field.integer({ readOnly: true, column: '_children' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.prefix ?? row.id);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanPrefix(row, prev, ctx);
  }

  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await syncScope(ctx.trx, Prefix, row, prev);
    await afterPrefixSaved(ctx.trx, row, prev);
  }
}
