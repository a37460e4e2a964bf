/**
 * The free ASNs of an ASN range (NetBox's ASNRange.get_available_asns), in SQL: the ASNs already
 * used inside the range, read in order from the unique index on `asn`, leave gaps; each gap runs
 * `generate_series` for at most `limit` numbers, so a 4-billion-wide range costs no more than a small one.
 */
import type { Knex } from '@patchbay/core';

export interface AsnSpan {
  start: number;
  end: number;
}

/** The first `limit` free ASNs in the range, ascending. */
export async function availableAsns(db: Knex, span: AsnSpan, limit: number): Promise<number[]> {
  if (limit <= 0) return [];
  const { rows } = await db.raw(
    `SELECT s.asn
     FROM (SELECT coalesce(lag(u.asn) OVER (ORDER BY u.asn) + 1, :start) AS gs, u.asn - 1 AS ge
           FROM (SELECT asn FROM ipam_asn WHERE asn BETWEEN :start AND :end
                 UNION ALL SELECT :end::bigint + 1) AS u) AS g
     CROSS JOIN LATERAL generate_series(g.gs, least(g.ge, g.gs + :limit - 1)) AS s(asn)
     WHERE g.gs <= g.ge
     ORDER BY s.asn
     LIMIT :limit`,
    { start: span.start, end: span.end, limit },
  );
  return (rows as { asn: unknown }[]).map((r) => Number(r.asn));
}

/** How many ASNs of the range are free. */
export async function countAvailableAsns(db: Knex, span: AsnSpan): Promise<number> {
  const row = await db('ipam_asn').whereBetween('asn', [span.start, span.end]).count({ n: '*' }).first();
  return span.end - span.start + 1 - Number(row?.n ?? 0);
}
