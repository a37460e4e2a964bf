/**
 * IPAddress.clean() for a batch of new addresses (core's set-based bulk create calls the model's
 * `cleanMany`): the checks and messages of ip-address-rules.ts, in the same order per address,
 * but the database work is one statement per check for the whole batch — the duplicates of
 * every address in its unique IP space (plus the batch's own earlier addresses, which the
 * per-item path would have inserted by then), and the populated ranges that contain them —
 * after the space locks (once per space, in a fixed order).
 */
import { ValidationError, type FieldErrors, type HookContext, type Knex } from '@patchbay/core';
import { familyOf } from '../models/ip-fields.js';
import { maskOf, withMask } from './ip-math.js';
import { rangeName } from './ip-range-rules.js';
import { DNS_NAME, IPADDRESS_ROLES_NONUNIQUE, checkAssignable, cleanIPAddress } from './ip-address-rules.js';
import { lockSpace, uniqueSpace, type UniqueSpace } from './unique-space.js';

type Row = Record<string, unknown>;

const nonUnique = (role: unknown) => IPADDRESS_ROLES_NONUNIQUE.includes(role as string);
const spaceKey = (vrfId: unknown) => (vrfId === null || vrfId === undefined ? 0 : Number(vrfId));
/** Below this many rows the per-row clean costs no more statements than the batch's fixed ones. */
const SMALL = 2;

/** The checks that need no database, in clean()'s order; the first failure is the row's error. */
function staticError(row: Row): FieldErrors | undefined {
  const address = row.address as string | undefined;
  if (typeof row.dns_name === 'string' && row.dns_name !== '' && !DNS_NAME.test(row.dns_name))
    return { dns_name: ['Only alphanumeric characters, asterisks, hyphens, periods, and underscores are allowed in DNS names'] };
  if (!address) return undefined;
  if (maskOf(address) === 0) return { address: ['Cannot create IP address with /0 mask.'] };
  if (row.assigned_object_id != null) {
    try {
      checkAssignable(address);
    } catch (err) {
      if (err instanceof ValidationError && !Array.isArray(err.errors)) return err.errors;
      throw err;
    }
  }
  return undefined;
}

interface Candidate {
  i: number;
  host: string;
  mask: number;
  space: number;
  enforce?: UniqueSpace;
  /** Stored addresses with the same host in the same space, in (address, id) order. */
  dups: { address: string; role: string | null }[];
  range?: { start_address: unknown; end_address: unknown };
}

/** NetBox's IPAddress.clean() for each of `rows` (new addresses), in a few statements. */
export async function cleanIPAddresses(rows: Row[], ctx: HookContext): Promise<(FieldErrors | undefined)[]> {
  const errors: (FieldErrors | undefined)[] = rows.map(() => undefined);
  if (rows.length < SMALL) {
    for (let i = 0; i < rows.length; i++) {
      try {
        await cleanIPAddress(rows[i]!, null, ctx);
      } catch (err) {
        if (!(err instanceof ValidationError) || Array.isArray(err.errors)) throw err;
        errors[i] = err.errors;
      }
    }
    return errors;
  }
  const candidates: Candidate[] = [];
  rows.forEach((row, i) => {
    errors[i] = staticError(row);
    if (!errors[i] && row.address) candidates.push({ i, host: '', mask: maskOf(row.address), space: spaceKey(row.vrf_id), dups: [] });
  });

  // The unique IP spaces involved, locked once each in a fixed order (so two bulk writes cannot deadlock).
  const spaces = new Map<number, UniqueSpace>();
  for (const key of [...new Set(candidates.map((c) => c.space))].sort((a, b) => a - b)) {
    const space = await uniqueSpace(key === 0 ? null : key, ctx);
    spaces.set(key, space);
    if (space.enforce) await lockSpace(ctx.trx, 'ipaddress', key === 0 ? null : key);
  }
  for (const c of candidates) if (spaces.get(c.space)!.enforce) c.enforce = spaces.get(c.space);

  if (candidates.length) {
    // Normalised hosts, the stored duplicates (enforced spaces only) and the populated range holding each address.
    const { rows: found } = await ctx.trx.raw(
      `SELECT v.k, host(v.addr) AS host, d.id AS dup_id, d.address AS dup_address, d.role AS dup_role, r.start_address, r.end_address
       FROM unnest(?::int[], ?::inet[], ?::bigint[], ?::boolean[]) AS v(k, addr, vrf, enforce)
       LEFT JOIN LATERAL (SELECT a.id, a.address, a.role FROM ipam_ipaddress a
         WHERE v.enforce AND host(a.address)::inet = host(v.addr)::inet AND a.vrf_id IS NOT DISTINCT FROM v.vrf
         ORDER BY a.address, a.id) AS d ON TRUE
       LEFT JOIN LATERAL (SELECT x.start_address, x.end_address FROM ipam_iprange x
         WHERE x.vrf_id IS NOT DISTINCT FROM v.vrf AND x.mark_populated
           AND host(x.start_address)::inet <= host(v.addr)::inet AND host(x.end_address)::inet >= host(v.addr)::inet
         LIMIT 1) AS r ON TRUE
       ORDER BY v.k, d.address, d.id`,
      [
        candidates.map((_, k) => k),
        candidates.map((c) => rows[c.i]!.address as string),
        candidates.map((c) => (c.space === 0 ? null : c.space)),
        candidates.map((c) => Boolean(c.enforce)),
      ] as unknown as Knex.RawBinding[],
    );
    for (const f of found as { k: number; host: string; dup_address: string | null; dup_role: string | null; start_address: unknown; end_address: unknown }[]) {
      const c = candidates[Number(f.k)]!;
      c.host = f.host;
      if (f.dup_address !== null) c.dups.push({ address: f.dup_address, role: f.dup_role });
      if (f.start_address !== null && f.start_address !== undefined) c.range = { start_address: f.start_address, end_address: f.end_address };
    }
  }

  // In request order: an earlier address of the batch that passed counts as stored (the per-item
  // path has inserted it); same host means same mask order as Postgres' inet ordering (shorter first).
  const passed = new Map<string, { mask: number; address: string; role: unknown }[]>();
  for (const c of candidates) {
    const row = rows[c.i]!;
    const key = `${c.space}|${c.host}`;
    if (c.enforce) {
      const earlier = passed.get(key) ?? [];
      const dups = [...c.dups.map((d) => ({ mask: maskOf(d.address), address: d.address, role: d.role as unknown, stored: 0 })),
        ...earlier.map((d, n) => ({ ...d, stored: 1 + n }))]
        .sort((a, b) => a.mask - b.mask || a.stored - b.stored);
      if (dups.length && (!nonUnique(row.role) || dups.some((d) => !nonUnique(d.role)))) {
        errors[c.i] = { address: [`Duplicate IP address found in ${c.enforce.table}: ${withMask(dups[0]!.address)}`] };
        continue;
      }
    }
    if (c.range) {
      errors[c.i] = { address: [`Cannot create IP address ${withMask(row.address)} inside range ${rangeName(c.range)}.`] };
      continue;
    }
    if (row.status === 'slaac' && familyOf(row.address) !== 6) {
      errors[c.i] = { status: ['Only IPv6 addresses can be assigned SLAAC status'] };
      continue;
    }
    (passed.get(key) ?? passed.set(key, []).get(key)!).push({ mask: c.mask, address: row.address as string, role: row.role });
  }
  // Rows without an address still get clean()'s last check.
  rows.forEach((row, i) => {
    if (!errors[i] && !row.address && row.status === 'slaac') errors[i] = { status: ['Only IPv6 addresses can be assigned SLAAC status'] };
  });
  return errors;
}
