/**
 * The free child networks of a prefix (NetBox's get_available_prefixes().iter_cidrs()): the gaps
 * between child prefixes are found in one SQL statement (children `<<` the parent, read in
 * address order, a window keeping the highest broadcast seen so far); each gap is then cut into
 * its largest aligned CIDR blocks (at most one block per address bit per gap).
 */
import type { Knex } from '@patchbay/core';
import { gapsSql } from './available-ips.js';
import { bitsOf, cidrBlocks, formatIp, parseIp, type Family } from './ip-bigint.js';

type Row = Record<string, unknown>;

export interface Gap { start: bigint; end: bigint }
export interface PrefixSpace { family: Family; mask: number; gaps: Gap[] }

/** The free space of a prefix as gaps (ordered, disjoint). */
export async function prefixSpace(db: Knex, row: Row): Promise<PrefixSpace> {
  const { rows: meta } = await db.raw(
    `SELECT family(?::cidr) AS family, masklen(?::cidr) AS mask, host(network(?::cidr)) AS first, host(broadcast(?::cidr)) AS last`,
    [row.prefix, row.prefix, row.prefix, row.prefix] as Knex.RawBinding[],
  );
  const p = meta[0] as { family: number; mask: number; first: string; last: string };
  const vrfId = row.vrf_id === null || row.vrf_id === undefined ? null : Number(row.vrf_id);
  // A global container sees child prefixes of every VRF (NetBox's get_child_prefixes).
  const anyVrf = vrfId === null && row.status === 'container';
  const vrf = anyVrf ? 'TRUE' : vrfId === null ? 'c.vrf_id IS NULL' : 'c.vrf_id = ?';
  const used = {
    sql: `SELECT host(network(c.prefix))::inet AS lo, host(broadcast(c.prefix))::inet AS hi FROM ipam_prefix c
          WHERE c.prefix << ?::cidr AND ${vrf}
          UNION ALL SELECT NULL::inet, NULL::inet`,
    bindings: [row.prefix, ...(anyVrf || vrfId === null ? [] : [vrfId])] as Knex.RawBinding[],
  };
  const gaps = gapsSql(used, p.first, p.last);
  const { rows } = await db.raw(`SELECT host(g.gs) AS gs, host(g.ge) AS ge FROM (${gaps.sql}) AS g`, gaps.bindings);
  return {
    family: Number(p.family) as Family,
    mask: Number(p.mask),
    gaps: (rows as { gs: string; ge: string }[]).map((g) => ({ start: parseIp(g.gs).value, end: parseIp(g.ge).value })),
  };
}

/** The free space as CIDR strings, in address order. */
export function spaceCidrs(space: PrefixSpace): { value: bigint; length: number; cidr: string }[] {
  return space.gaps.flatMap((g) => cidrBlocks(space.family, g.start, g.end))
    .map((b) => ({ ...b, cidr: `${formatIp(space.family, b.value)}/${b.length}` }));
}

/**
 * Picks, for each requested length in turn, the first free block (in address order) that can
 * hold it, and carves the allocation out of the space — NetBox's loop over iter_cidrs(). Returns
 * null as soon as one does not fit.
 */
export function allocatePrefixes(space: PrefixSpace, lengths: number[]): string[] | null {
  const bits = bitsOf(space.family);
  let gaps = [...space.gaps];
  const out: string[] = [];
  for (const length of lengths) {
    const block = gaps.flatMap((g) => cidrBlocks(space.family, g.start, g.end)).find((b) => length >= b.length && length <= bits);
    if (!block) return null;
    const start = block.value;
    const end = start + (1n << BigInt(bits - length)) - 1n;
    out.push(`${formatIp(space.family, start)}/${length}`);
    gaps = gaps.flatMap((g) => {
      if (end < g.start || start > g.end) return [g];
      const parts: Gap[] = [];
      if (g.start < start) parts.push({ start: g.start, end: start - 1n });
      if (end < g.end) parts.push({ start: end + 1n, end: g.end });
      return parts;
    });
  }
  return out;
}
