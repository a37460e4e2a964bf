/**
 * A provider account (NetBox's ProviderAccount): one account with a provider. The account id is
 * unique per provider, and so is the name when one is given.
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Provider } from './provider.js';

export class ProviderAccount extends PrimaryModel {
  static override tableName = 'circuits_provideraccount';
  static override label = 'circuits.provideraccount';
  static override verboseName = 'provider account';
  static override verboseNamePlural = 'provider accounts';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['provider', 'account'];
  static override uniqueTogether = [
    { fields: ['provider', 'account'], message: 'The fields provider, account must make a unique set.' },
  ];
  static override fields: FieldMap = {
    // NetBox: PROTECT — a provider with accounts cannot be deleted.
    provider: field.related(() => Provider, { required: true, onDelete: 'protect' }),
    name: field.string({ maxLength: 100, default: '' }),
    account: field.string({ maxLength: 100, required: true }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return row.name ? `${row.account} (${row.name})` : String(row.account ?? row.id);
  }

  /** NetBox's conditional constraint (non-blank names unique per provider), with Django's message for a violated conditional constraint. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    if (!row.name) return;
    if (prev && prev.name === row.name && prev.provider_id === row.provider_id) return;
    const qb = ctx.trx(this.tableName).select('id').where({ provider_id: row.provider_id as number, name: row.name as string }).limit(1);
    if (prev) qb.whereNot('id', prev.id as number);
    if (await qb.first()) throw new ValidationError({ non_field_errors: ['Constraint “circuits_provideraccount_unique_provider_name” is violated.'] });
  }
}
