/** NetBox's Prefix.clean(): no /0, and no duplicate prefix where unique IP space is enforced. */
import { ValidationError, type HookContext } from '@patchbay/core';
import { maskOf } from './ip-math.js';
import { lockSpace, uniqueSpace, whereVrf } from './unique-space.js';

export async function cleanPrefix(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
  const prefix = row.prefix as string | undefined;
  if (!prefix) return;
  if (maskOf(prefix) === 0) throw new ValidationError({ prefix: ['Cannot create prefix with /0 mask.'] });
  const space = await uniqueSpace(row.vrf_id, ctx);
  if (!space.enforce) return;
  // Only a new or moved network can race another write into a duplicate.
  if (!prev || prev.prefix !== prefix || String(prev.vrf_id ?? '') !== String(row.vrf_id ?? '')) await lockSpace(ctx.trx, 'prefix', row.vrf_id);
  const qb = whereVrf(ctx.trx('ipam_prefix').select('prefix').where('prefix', prefix), 'vrf_id', row.vrf_id).orderBy('id').limit(1);
  if (prev) qb.whereNot('id', prev.id as number);
  const dup = await qb.first();
  if (dup) throw new ValidationError({ prefix: [`Duplicate prefix found in ${space.table}: ${dup.prefix}`] });
}
