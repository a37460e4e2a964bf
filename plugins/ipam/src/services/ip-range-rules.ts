/**
 * NetBox's IPRange.clean() and save(): same family and mask at both ends, end after start, no
 * overlap with another range of the VRF, at most 2^32-1 addresses; `size` and the display name.
 */
import { ValidationError, type HookContext } from '@patchbay/core';
import { familyOf } from '../models/ip-fields.js';
import { hostOf, maskOf, toBigInt, withMask } from './ip-math.js';
import { whereVrf } from './unique-space.js';
import { VRF } from '../models/vrf.js';

const MAX_SIZE = 2n ** 32n - 1n;

/** Number of addresses from start to end inclusive, or null when the ends are not comparable. */
export function rangeSize(start: unknown, end: unknown): number | null {
  if (typeof start !== 'string' || typeof end !== 'string' || familyOf(start) !== familyOf(end)) return null;
  const size = toBigInt(end) - toBigInt(start) + 1n;
  return size > 0n && size <= MAX_SIZE ? Number(size) : null;
}

/** NetBox's IPRange.name: the common leading part once, e.g. `192.0.2.10-20/24`. */
export function rangeName(row: Record<string, unknown>): string {
  const start = hostOf(row.start_address);
  const end = hostOf(row.end_address);
  const sep = start.includes(':') ? ':' : '.';
  const a = start.split(sep);
  const b = end.split(sep);
  const base: string[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) base.push(a[i]!);
  return `${base.join(sep)}${sep}${a.slice(base.length).join(sep)}-${b.slice(base.length).join(sep)}/${maskOf(row.start_address)}`;
}

export async function cleanIPRange(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
  const start = row.start_address as string | undefined;
  const end = row.end_address as string | undefined;
  if (!start || !end) return;
  if (familyOf(start) !== familyOf(end))
    throw new ValidationError({ end_address: ['Starting and ending IP address versions must match'] });
  if (maskOf(start) !== maskOf(end))
    throw new ValidationError({ end_address: ['Starting and ending IP address masks must match'] });
  if (!(toBigInt(end) > toBigInt(start)))
    throw new ValidationError({ end_address: [`Ending address must be greater than the starting address (${withMask(start)})`] });
  // Starts inside, ends inside, or surrounds: host parts compared as inet (masks ignored).
  const qb = whereVrf(ctx.trx('ipam_iprange').select('start_address', 'end_address'), 'vrf_id', row.vrf_id)
    .whereRaw('host(start_address)::inet <= host(?::inet)::inet AND host(end_address)::inet >= host(?::inet)::inet', [end, start])
    .orderBy('start_address').limit(1);
  if (prev) qb.whereNot('id', prev.id as number);
  const overlap = await qb.first();
  if (overlap) {
    const vrf = row.vrf_id == null ? null : await ctx.trx(VRF.tableName).select('*').where('id', row.vrf_id as number).first();
    throw ValidationError.nonField(`Defined addresses overlap with range ${rangeName(overlap)} in VRF ${vrf ? VRF.displayOf(vrf) : 'None'}`);
  }
  if (toBigInt(end) - toBigInt(start) + 1n > MAX_SIZE)
    throw ValidationError.nonField(`Defined range exceeds maximum supported size (${MAX_SIZE})`);
}
