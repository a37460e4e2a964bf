/**
 * NetBox's "enforce unique IP space" rule, shared by prefixes and addresses: enforced in the
 * global table when the plugin setting `enforceGlobalUnique` (ENFORCE_GLOBAL_UNIQUE) is on, and
 * inside a VRF when that VRF's `enforce_unique` is set.
 */
import type { HookContext, Knex } from '@patchbay/core';
import { VRF } from '../models/vrf.js';
import { advisoryLock } from './advisory-lock.js';

export interface UniqueSpace {
  enforce: boolean;
  /** "VRF <name>" or "global table", as in NetBox's messages. */
  table: string;
}

/** Whether uniqueness applies to the row's VRF (or the global table), and how to name it. */
export async function uniqueSpace(vrfId: unknown, ctx: HookContext): Promise<UniqueSpace> {
  if (vrfId === null || vrfId === undefined) {
    const settings = ctx.request.registry.plugins.get('ipam')?.settings ?? {};
    return { enforce: settings.enforceGlobalUnique !== false, table: 'global table' };
  }
  const vrf = await ctx.trx(VRF.tableName).select('*').where('id', vrfId as number).first();
  return { enforce: Boolean(vrf?.enforce_unique), table: `VRF ${vrf ? VRF.displayOf(vrf) : vrfId}` };
}

/** `vrf_id = ?` or `vrf_id IS NULL` (an equality the (vrf_id, …) indexes can serve). */
export function whereVrf(qb: Knex.QueryBuilder, column: string, vrfId: unknown): Knex.QueryBuilder {
  return vrfId === null || vrfId === undefined ? qb.whereNull(column) : qb.where(column, vrfId as number);
}

/**
 * Serialises uniqueness checks of one IP space until commit (`what`: 'prefix' or 'ipaddress';
 * VRF id, 0 = global), so two concurrent writes of the same network cannot both pass the check.
 */
export async function lockSpace(trx: Knex.Transaction, what: string, vrfId: unknown): Promise<void> {
  await advisoryLock(trx, `ipam.${what}.unique`, Number(vrfId ?? 0));
}
