/**
 * A circuit (NetBox's Circuit): a communications circuit from a provider, of a type, with up to two
 * terminations (A and Z, cached in `termination_a` / `termination_z`). The circuit id is unique per
 * provider and per provider account; the account must belong to the provider; a distance needs a unit.
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { CircuitStatusChoices } from '../choices.js';
import { distanceField, distanceUnitField } from './distance.js';
import { Provider } from './provider.js';
import { ProviderAccount } from './provider-account.js';
import { CircuitType } from './circuit-types.js';
import { CircuitTermination } from './circuit-termination.js';
import { CircuitGroupAssignment } from './circuit-group-assignment.js';

/** NetBox's CircuitCircuitTerminationSerializer: how a circuit shows its A and Z terminations. */
export const CIRCUIT_TERMINATION_NESTED = [
  'id', 'url', 'display_url', 'display', 'termination_type', 'termination_id', 'termination', 'port_speed', 'upstream_speed',
  'xconnect_id', 'description',
] as const;

/** The circuit's own form of a group assignment (NetBox's BriefCircuitGroupAssignmentSerializer_). */
export const CIRCUIT_ASSIGNMENT_NESTED = ['id', 'url', 'display', 'group', 'priority'] as const;

export class Circuit extends PrimaryModel {
  static override tableName = 'circuits_circuit';
  static override label = 'circuits.circuit';
  static override verboseName = 'circuit';
  static override verboseNamePlural = 'circuits';
  static override features: ModelFeature[] = ['contacts', 'image_attachments'];
  static override ordering = ['provider', 'provider_account', 'cid'];
  static override uniqueTogether = [
    { fields: ['provider', 'cid'], message: 'The fields provider, cid must make a unique set.' },
    { fields: ['provider_account', 'cid'], message: 'The fields provider_account, cid must make a unique set.' },
  ];
  static override fields: FieldMap = {
    cid: field.string({ maxLength: 100, required: true }),
    // NetBox: PROTECT on provider, account, type and tenant.
    provider: field.related(() => Provider, { required: true, onDelete: 'protect' }),
    provider_account: field.related(() => ProviderAccount, { nullable: true, default: null, onDelete: 'protect' }),
    type: field.related(() => CircuitType, { required: true, onDelete: 'protect' }),
    status: field.choice(CircuitStatusChoices, { default: 'active' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    install_date: field.date({ nullable: true, default: null }),
    termination_date: field.date({ nullable: true, default: null }),
    commit_rate: field.integer({ nullable: true, default: null, min: 0, max: 2147483647 }),
    distance: distanceField(),
    distance_unit: distanceUnitField(),
    // Maintained by the terminations (CircuitTermination.afterSave); SET NULL when one is deleted.
    termination_a: field.related(() => CircuitTermination, { readOnly: true, nullable: true, onDelete: 'set_null', nested: CIRCUIT_TERMINATION_NESTED }),
    termination_z: field.related(() => CircuitTermination, { readOnly: true, nullable: true, onDelete: 'set_null', nested: CIRCUIT_TERMINATION_NESTED }),
    // NetBox's `group_assignments`: assignments joined on their generated `_circuit_id` (set only for circuit members).
    assignments: field.many(() => CircuitGroupAssignment, { table: 'circuits_circuitgroupassignment', from: '_circuit_id', to: 'id' }, {
      readOnly: true, nested: CIRCUIT_ASSIGNMENT_NESTED,
    }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.cid ?? row.id);
  }

  /** NetBox's Circuit.clean() and DistanceMixin.clean(). */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    await checkAccountProvider(ctx, row.provider_account_id, row.provider_id, 'The assigned account must belong to the assigned provider.');
    if (row.distance !== null && row.distance !== undefined && Number(row.distance) !== 0 && !row.distance_unit)
      throw new ValidationError({ non_field_errors: ['Must specify a unit when setting a distance'] });
  }
}

/** Refuses a provider account that belongs to another provider than `providerId`. */
export async function checkAccountProvider(ctx: HookContext, accountId: unknown, providerId: unknown, message: string): Promise<void> {
  if (accountId === null || accountId === undefined) return;
  const account = await ctx.trx(ProviderAccount.tableName).select('provider_id').where('id', accountId as number).first();
  if (account && String(account.provider_id) !== String(providerId)) throw new ValidationError({ provider_account: [message] });
}
