/**
 * A tenant (NetBox's Tenant): who owns or uses an object; optionally in a group; takes contacts.
 * Names and slugs are unique per group, and among tenants without a group (NetBox's four constraints).
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { TenantGroup } from './tenant-group.js';

const MESSAGES = { name: 'Tenant name must be unique per group.', slug: 'Tenant slug must be unique per group.' } as const;

export class Tenant extends PrimaryModel {
  static override tableName = 'tenancy_tenant';
  static override label = 'tenancy.tenant';
  static override verboseName = 'tenant';
  static override verboseNamePlural = 'tenants';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['name'];
  static override uniqueTogether = [
    { fields: ['group', 'name'], message: MESSAGES.name },
    { fields: ['group', 'slug'], message: MESSAGES.slug },
  ];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    slug: field.slug(),
    // NetBox: on_delete=SET_NULL — deleting a group leaves its tenants ungrouped.
    group: field.related(() => TenantGroup, { nullable: true, default: null, onDelete: 'set_null' }),
  };

  /** The ungrouped half of the constraints (uniqueTogether skips a null group). */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    if (row.group_id !== null && row.group_id !== undefined) return;
    const errors: string[] = [];
    for (const col of ['name', 'slug'] as const) {
      if (prev && prev[col] === row[col] && prev.group_id === row.group_id) continue;
      const qb = ctx.trx(this.tableName).select('id').whereNull('group_id').where(col, row[col] as string).limit(1);
      if (prev) qb.whereNot('id', prev.id as number);
      if (await qb.first()) errors.push(MESSAGES[col]);
    }
    if (errors.length) throw new ValidationError({ non_field_errors: errors });
  }
}
