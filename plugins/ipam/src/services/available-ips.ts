/**
 * The first free addresses of a prefix or an IP range (NetBox's get_available_ips), in SQL.
 * The used space is walked in address order through the per-block usage summary kept by
 * triggers (256-address blocks per IP space, see the ip_block_usage migration): stretches
 * between used blocks are free as a whole, full blocks are skipped, and only blocks with room
 * are read address by address from the `host(address)::inet` indexes, where `lag()` finds each
 * hole. Every hole is then cut by the few intervals never handed out (populated child ranges;
 * network, broadcast or anycast addresses), and `generate_series` runs only inside a hole, for
 * at most `limit` addresses. The statement streams — LIMIT stops the walk as soon as the page is
 * full — so its cost depends on how many used blocks precede the first free ones, never on the
 * size of the prefix nor on how densely its start is used. A second, one-probe statement covers
 * the space after the last used block when the page is not full.
 */
import type { Knex } from '@patchbay/core';

/** What the allocation needs of the parent (a prefix or an IP range row). */
export interface IpParent {
  /** First and last address of the space, without mask. */
  first: string;
  last: string;
  family: 4 | 6;
  /** The mask given to the addresses handed out. */
  mask: number;
  vrfId: number | null;
  /** A global container sees IP addresses of every VRF (NetBox's get_child_ips). */
  anyVrf: boolean;
  /** Child ranges with mark_populated count as used (prefixes only). */
  populatedRanges: boolean;
  /** Addresses never handed out (network / broadcast / subnet-router anycast). */
  excluded: string[];
  /** An IP range marked populated has nothing available. */
  empty: boolean;
}

type Row = Record<string, unknown>;
type Bindings = Knex.RawBinding[];

const TOP: Record<4 | 6, string> = { 4: '255.255.255.255', 6: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' };

/** The parent of `/prefixes/{id}/available-ips/`, from its row (NetBox's Prefix.get_available_ips rules). */
export async function prefixParent(db: Knex, row: Row): Promise<IpParent> {
  const { rows } = await db.raw(
    `SELECT family(?::cidr) AS family, masklen(?::cidr) AS mask, host(network(?::cidr)) AS first, host(broadcast(?::cidr)) AS last`,
    [row.prefix, row.prefix, row.prefix, row.prefix] as Bindings,
  );
  const p = rows[0] as { family: number; mask: number; first: string; last: string };
  const family = Number(p.family) as 4 | 6;
  const mask = Number(p.mask);
  const vrfId = row.vrf_id === null || row.vrf_id === undefined ? null : Number(row.vrf_id);
  // IPv6 /127-/128, pools and IPv4 /31-/32 are fully usable; other IPv4 prefixes lose their
  // network and broadcast addresses, other IPv6 prefixes their Subnet-Router anycast address.
  let excluded: string[] = [];
  if (!(row.is_pool || (family === 4 && mask >= 31) || (family === 6 && mask >= 127)))
    excluded = family === 4 ? [p.first, p.last] : [p.first];
  return {
    first: p.first, last: p.last, family, mask, vrfId,
    anyVrf: vrfId === null && row.status === 'container',
    populatedRanges: true, excluded, empty: false,
  };
}

/** The parent of `/ip-ranges/{id}/available-ips/` (NetBox's IPRange.get_available_ips). */
export async function rangeParent(db: Knex, row: Row): Promise<IpParent> {
  const { rows } = await db.raw(
    `SELECT family(?::inet) AS family, masklen(?::inet) AS mask, host(?::inet) AS first, host(?::inet) AS last`,
    [row.start_address, row.start_address, row.start_address, row.end_address] as Bindings,
  );
  const p = rows[0] as { family: number; mask: number; first: string; last: string };
  return {
    first: p.first, last: p.last, family: Number(p.family) as 4 | 6, mask: Number(p.mask),
    vrfId: row.vrf_id === null || row.vrf_id === undefined ? null : Number(row.vrf_id),
    anyVrf: false, populatedRanges: false, excluded: [], empty: Boolean(row.mark_populated),
  };
}

/** The ranges and fixed addresses that are never handed out, as intervals [lo, hi] (few rows), plus the sentinel. */
function blockedIntervals(parent: IpParent): { sql: string; bindings: Bindings } {
  const parts: string[] = [];
  const bindings: Bindings = [];
  if (parent.populatedRanges) {
    const rvrf = parent.vrfId === null ? 'r.vrf_id IS NULL' : 'r.vrf_id = ?';
    if (parent.vrfId !== null) bindings.push(parent.vrfId);
    parts.push(`SELECT host(r.start_address)::inet AS lo, host(r.end_address)::inet AS hi FROM ipam_iprange r
      WHERE ${rvrf} AND r.mark_populated
        AND host(r.start_address)::inet BETWEEN ?::inet AND ?::inet AND host(r.end_address)::inet BETWEEN ?::inet AND ?::inet`);
    bindings.push(parent.first, parent.last, parent.first, parent.last);
  }
  if (parent.excluded.length) {
    parts.push('SELECT x AS lo, x AS hi FROM unnest(?::inet[]) AS x');
    bindings.push(parent.excluded as unknown as Knex.RawBinding);
  }
  parts.push('SELECT NULL::inet AS lo, NULL::inet AS hi');
  return { sql: parts.join('\n UNION ALL '), bindings };
}

/**
 * The gaps between used intervals, in address order: `gs`..`ge`. `prev` is the highest address
 * used before this interval; comparisons are nested in CASE so `+ 1` / `- 1` never run past the
 * ends of the address space. `used` must end with a `(NULL, NULL)` sentinel row, which closes
 * the last gap. Used for small sets and for child prefixes (which nest, hence the running max).
 */
export function gapsSql(used: { sql: string; bindings: Bindings }, first: string, last: string): { sql: string; bindings: Bindings } {
  return {
    sql: `SELECT CASE WHEN o.prev IS NULL THEN ?::inet ELSE o.prev + 1 END AS gs,
                 CASE WHEN o.lo IS NULL THEN ?::inet ELSE o.lo - 1 END AS ge
          FROM (SELECT u.lo, max(u.hi) OVER (ORDER BY u.lo NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev
                FROM (${used.sql}) AS u) AS o
          WHERE CASE WHEN o.prev IS NULL THEN (o.lo IS NULL OR o.lo > ?::inet)
                     WHEN o.prev >= ?::inet THEN FALSE
                     WHEN o.lo IS NULL THEN TRUE
                     WHEN o.lo > o.prev THEN o.lo - 1 > o.prev
                     ELSE FALSE END`,
    bindings: [first, last, ...used.bindings, first, last] as Bindings,
  };
}

/** Which IP addresses count: of the parent's VRF, or of every VRF for a global container (NetBox's get_child_ips). */
function vrfFilter(parent: IpParent): { sql: string; bindings: Bindings } {
  if (parent.anyVrf) return { sql: 'TRUE', bindings: [] };
  return parent.vrfId === null ? { sql: 'a.vrf_id IS NULL', bindings: [] } : { sql: 'a.vrf_id = ?', bindings: [parent.vrfId] };
}

/**
 * Addresses from a gap source, in order: each gap is cut by the allowed intervals (the space
 * minus blocked ranges and addresses) and `generate_series` runs inside each piece for at most
 * `k` addresses. Every level is a single relation with set-returning functions in the select
 * list, so the planner carries the LIMIT down to the gap source and reads it in index order.
 */
function expandSql(parent: IpParent, gaps: { sql: string; bindings: Bindings }, k: number): { sql: string; bindings: Bindings } {
  const allowed = gapsSql(blockedIntervals(parent), parent.first, parent.last);
  const overlap = 'FROM allowed a WHERE a.gs <= g.ge AND a.ge >= g.gs ORDER BY a.gs';
  return {
    sql: `WITH allowed AS MATERIALIZED (${allowed.sql})
      SELECT host(p.gs + generate_series(0::bigint,
        CASE WHEN p.gs > ?::inet - ?::bigint THEN p.ge - p.gs
             WHEN p.gs + ?::bigint <= p.ge THEN ?::bigint
             ELSE p.ge - p.gs END)) AS address
      FROM (SELECT unnest(ARRAY(SELECT greatest(g.gs, a.gs) ${overlap})) AS gs,
                   unnest(ARRAY(SELECT least(g.ge, a.ge) ${overlap})) AS ge
            FROM (${gaps.sql}) AS g) AS p
      LIMIT ?`,
    // How many addresses to take from a piece: up to k, computed without overflowing bigint on
    // huge IPv6 gaps (ge - gs is only evaluated when it is known to be small).
    bindings: [...allowed.bindings, TOP[parent.family], k - 1, k - 1, k - 1, ...gaps.bindings, k] as Bindings,
  };
}

/** Which blocks of the usage summary count: the parent's space, or every space for a global container (a block full in any one space is full). */
function blocksSql(parent: IpParent): { sql: string; bindings: Bindings } {
  const range = 'u.block BETWEEN ipam_ipblock(?::inet) AND ?::inet';
  if (parent.anyVrf)
    return { sql: `SELECT u.block, max(u.used) AS used FROM ipam_ipblock_usage u WHERE ${range} GROUP BY u.block`, bindings: [parent.first, parent.last] };
  return {
    sql: `SELECT u.block, u.used FROM ipam_ipblock_usage u WHERE u.vrf_key = ? AND ${range}`,
    bindings: [parent.vrfId ?? 0, parent.first, parent.last],
  };
}

/**
 * The free stretches of the parent in address order, from the per-block usage summary (see the
 * ip_block_usage migration): the space between two blocks that hold addresses is free as a
 * whole; a full block (256 hosts used) is skipped without reading its addresses; only the
 * blocks with room are searched address by address (at most 256 index entries each, `lag()`
 * finding each hole). So the cost is the number of used blocks before the first free page, not
 * the number of used addresses. Comparisons avoid `+`/`-` past the ends of the address space.
 */
function holesSql(parent: IpParent): { sql: string; bindings: Bindings } {
  const blocks = blocksSql(parent);
  const vrf = vrfFilter(parent);
  const lo = 'greatest(o.block, ?::inet)';
  const hi = 'least(o.block + 255, ?::inet)';
  return {
    sql: `SELECT g.gs, g.ge
      FROM (SELECT b.block, b.used, lag(b.block) OVER (ORDER BY b.block) AS prev FROM (${blocks.sql}) AS b) AS o
      CROSS JOIN LATERAL (
        SELECT CASE WHEN o.prev IS NULL THEN ?::inet ELSE o.prev + 256 END AS gs, o.block - 1 AS ge
        WHERE CASE WHEN o.prev IS NULL THEN o.block > ?::inet ELSE o.block > o.prev + 255 END
        UNION ALL
        SELECT CASE WHEN x.prev IS NULL THEN ${lo} ELSE x.prev + 1 END, CASE WHEN x.lo IS NULL THEN ${hi} ELSE x.lo - 1 END
        FROM (SELECT w.lo, lag(w.lo) OVER (ORDER BY w.lo NULLS LAST) AS prev
              FROM (SELECT host(a.address)::inet AS lo FROM ipam_ipaddress a
                    WHERE ${vrf.sql} AND host(a.address)::inet BETWEEN ${lo} AND ${hi}
                    UNION ALL SELECT NULL::inet) AS w) AS x
        WHERE o.used < 256 AND CASE WHEN x.prev IS NULL THEN x.lo IS NULL OR x.lo > ${lo}
                                    WHEN x.lo IS NULL THEN x.prev < ${hi}
                                    WHEN x.lo > x.prev THEN x.lo - 1 > x.prev
                                    ELSE FALSE END
      ) AS g`,
    bindings: [
      ...blocks.bindings, parent.first, parent.first, // the stretch before the block
      parent.first, parent.last, ...vrf.bindings, parent.first, parent.last, // the holes inside it
      parent.first, parent.last,
    ] as Bindings,
  };
}

/** The space after the last block that holds addresses (all of it when none does): one index probe. */
function tailSql(parent: IpParent): { sql: string; bindings: Bindings } {
  const blocks = blocksSql(parent);
  return {
    sql: `SELECT CASE WHEN m.hi IS NULL THEN ?::inet ELSE m.hi + 256 END AS gs, ?::inet AS ge
      FROM (SELECT max(b.block) AS hi FROM (${blocks.sql}) AS b) AS m
      WHERE CASE WHEN m.hi IS NULL THEN TRUE ELSE m.hi + 255 < ?::inet END`,
    bindings: [parent.first, parent.last, ...blocks.bindings, parent.last] as Bindings,
  };
}

/** The first `limit` free addresses (without mask), in address order. */
export async function availableIps(db: Knex, parent: IpParent, limit: number): Promise<string[]> {
  if (parent.empty || limit <= 0) return [];
  const run = async (gaps: { sql: string; bindings: Bindings }, k: number): Promise<string[]> => {
    const q = expandSql(parent, gaps, k);
    const { rows } = await db.raw(q.sql, q.bindings);
    return (rows as { address: string }[]).map((r) => r.address);
  };
  // Holes between used addresses first; the space after the last one only if the page is not full.
  const found = await run(holesSql(parent), limit);
  if (found.length < limit) found.push(...(await run(tailSql(parent), limit - found.length)));
  return found;
}
