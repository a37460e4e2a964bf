/**
 * A virtual circuit (NetBox 4.2's VirtualCircuit): a connection across a provider network between
 * interfaces. The circuit id is unique per provider network and per provider account; the account
 * must belong to the network's provider.
 */
import { PrimaryModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { CircuitStatusChoices } from '../choices.js';
import { ProviderNetwork } from './provider-network.js';
import { ProviderAccount } from './provider-account.js';
import { VirtualCircuitType } from './circuit-types.js';
import { checkAccountProvider } from './circuit.js';

export class VirtualCircuit extends PrimaryModel {
  static override tableName = 'circuits_virtualcircuit';
  static override label = 'circuits.virtualcircuit';
  static override verboseName = 'virtual circuit';
  static override verboseNamePlural = 'virtual circuits';
  static override ordering = ['provider_network', 'provider_account', 'cid'];
  static override uniqueTogether = [
    { fields: ['provider_network', 'cid'], message: 'The fields provider_network, cid must make a unique set.' },
    { fields: ['provider_account', 'cid'], message: 'The fields provider_account, cid must make a unique set.' },
  ];
  static override fields: FieldMap = {
    cid: field.string({ maxLength: 100, required: true }),
    // NetBox: PROTECT on network, account, type and tenant.
    provider_network: field.related(() => ProviderNetwork, { required: true, onDelete: 'protect' }),
    provider_account: field.related(() => ProviderAccount, { nullable: true, default: null, onDelete: 'protect' }),
    type: field.related(() => VirtualCircuitType, { required: true, onDelete: 'protect' }),
    status: field.choice(CircuitStatusChoices, { default: 'active' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.cid ?? row.id);
  }

  /** NetBox's VirtualCircuit.clean(). */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    if (row.provider_account_id == null) return;
    const network = await ctx.trx(ProviderNetwork.tableName).select('provider_id').where('id', row.provider_network_id as number).first();
    if (network) await checkAccountProvider(ctx, row.provider_account_id, network.provider_id, 'The assigned account must belong to the provider of the assigned network.');
  }
}
