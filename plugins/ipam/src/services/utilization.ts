/**
 * NetBox's Prefix.get_utilization() and IPRange.utilization, in one SQL statement for any number
 * of objects (the widget and the allocation area call these; NetBox 4.2's API does not show them):
 * - a prefix marked utilised is 100;
 * - a container: the share of its space covered by child prefixes of its VRF (nested children and
 *   duplicates counted once);
 * - any other prefix: distinct child IP hosts of its VRF plus the addresses of child ranges marked
 *   utilised (IPs inside those ranges counted once), over its size — less network and broadcast for
 *   IPv4 below /31 unless it is a pool;
 * - a range: its distinct child IP hosts over its size, or 100 when marked utilised.
 * Percentages are floats capped at 100.
 */
import type { Knex } from '@patchbay/core';

const SAME_VRF = (a: string, b: string) => `${a}.vrf_id IS NOT DISTINCT FROM ${b}.vrf_id`;
/** An address inside a prefix, compared without the address's own mask (NetBox's net_host_contained). */
const HOST_IN = (addr: string, net: string) => `(${addr} && ${net} AND host(${addr})::inet <<= ${net})`;

const PREFIX_SQL = `
SELECT p.id,
  CASE
    WHEN p.mark_utilized THEN 100
    WHEN p.status = 'container' THEN (
      SELECT coalesce(sum(power(2::numeric, bits.n - masklen(c.prefix))), 0)
      FROM (SELECT DISTINCT c.prefix FROM ipam_prefix c WHERE ${SAME_VRF('c', 'p')} AND c.prefix << p.prefix) c
      WHERE NOT EXISTS (SELECT 1 FROM ipam_prefix o WHERE ${SAME_VRF('o', 'p')} AND o.prefix << p.prefix AND o.prefix >> c.prefix)
    ) * 100 / power(2::numeric, bits.n - masklen(p.prefix))
    ELSE (
      (SELECT coalesce(sum(r.size), 0) FROM ipam_iprange r
        WHERE ${SAME_VRF('r', 'p')} AND r.mark_utilized AND ${HOST_IN('r.start_address', 'p.prefix')} AND ${HOST_IN('r.end_address', 'p.prefix')})
      + (SELECT count(DISTINCT host(i.address)) FROM ipam_ipaddress i
        WHERE ${SAME_VRF('i', 'p')} AND ${HOST_IN('i.address', 'p.prefix')}
          AND NOT EXISTS (SELECT 1 FROM ipam_iprange r WHERE ${SAME_VRF('r', 'p')} AND r.mark_utilized
            AND ${HOST_IN('r.start_address', 'p.prefix')} AND ${HOST_IN('r.end_address', 'p.prefix')}
            AND host(i.address)::inet BETWEEN host(r.start_address)::inet AND host(r.end_address)::inet))
    ) * 100 / greatest(power(2::numeric, bits.n - masklen(p.prefix))
      - CASE WHEN family(p.prefix) = 4 AND masklen(p.prefix) < 31 AND NOT p.is_pool THEN 2 ELSE 0 END, 1)
  END AS pct
FROM ipam_prefix p
CROSS JOIN LATERAL (SELECT CASE WHEN family(p.prefix) = 4 THEN 32 ELSE 128 END AS n) bits
WHERE p.id = ANY(?::bigint[])`;

const RANGE_SQL = `
SELECT r.id,
  CASE WHEN r.mark_utilized THEN 100 ELSE (
    SELECT count(DISTINCT host(i.address)) FROM ipam_ipaddress i
    WHERE ${SAME_VRF('i', 'r')} AND host(i.address)::inet BETWEEN host(r.start_address)::inet AND host(r.end_address)::inet
  ) * 100.0 / greatest(r.size, 1) END AS pct
FROM ipam_iprange r WHERE r.id = ANY(?::bigint[])`;

async function run(db: Knex, sql: string, ids: number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const res = await db.raw(sql, [ids]);
  const rows = (res.rows ?? res) as { id: unknown; pct: unknown }[];
  return new Map(rows.map((r) => [Number(r.id), Math.min(Number(r.pct), 100)]));
}

/** Utilisation (0–100) of the given prefixes, by id. */
export function prefixUtilization(db: Knex, ids: number[]): Promise<Map<number, number>> {
  return run(db, PREFIX_SQL, ids);
}

/** Utilisation (0–100) of the given IP ranges, by id (addresses between its ends, host parts compared). */
export function ipRangeUtilization(db: Knex, ids: number[]): Promise<Map<number, number>> {
  return run(db, RANGE_SQL, ids);
}
