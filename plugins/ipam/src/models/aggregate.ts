/**
 * An aggregate (NetBox's Aggregate): a root of the IP space, allocated by a RIR. Aggregates never
 * overlap one another and are never /0 (checked in SQL with `>>=` / `<<`).
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { RIR } from './rir.js';
import { cidrField, familyField } from './ip-fields.js';

export class Aggregate extends PrimaryModel {
  static override tableName = 'ipam_aggregate';
  static override label = 'ipam.aggregate';
  static override verboseName = 'aggregate';
  static override verboseNamePlural = 'aggregates';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['prefix', 'id'];
  static override fields: FieldMap = {
    family: familyField('prefix'),
    // Host bits are cleared, as for prefixes.
    prefix: cidrField({ required: true }),
    rir: field.related(() => RIR, { required: true, onDelete: 'protect' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    date_added: field.date({ nullable: true, default: null }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.prefix);
  }

  /** NetBox's Aggregate.clean(): no /0, not covered by and not covering another aggregate. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    const prefix = String(row.prefix);
    if (prefix.endsWith('/0')) throw new ValidationError({ prefix: ['Cannot create aggregate with /0 mask.'] });
    const others = () => {
      const qb = ctx.trx(this.tableName).select('prefix').orderBy('prefix').limit(1);
      if (prev) qb.whereNot('id', prev.id as number);
      return qb;
    };
    const covering = await others().whereRaw('prefix >>= ?::cidr', [prefix]).first();
    if (covering)
      throw new ValidationError({
        prefix: [`Aggregates cannot overlap. ${prefix} is already covered by an existing aggregate (${covering.prefix}).`],
      });
    const covered = await others().whereRaw('prefix << ?::cidr', [prefix]).first();
    if (covered)
      throw new ValidationError({ prefix: [`Prefixes cannot overlap aggregates. ${prefix} covers an existing aggregate (${covered.prefix}).`] });
  }
}
