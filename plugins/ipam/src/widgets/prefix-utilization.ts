/**
 * IPAM's dashboard widget: how full the chosen prefixes are (NetBox's utilisation bars, as a
 * widget). Config `prefixes` lists prefix ids; when empty, the first `limit` top-level prefixes
 * (`_depth = 0`, in NetBox's vrf, prefix order). Two statements whatever the count: the prefixes,
 * then their utilisation (services/utilization.ts).
 */
import { defineWidget } from '@patchbay/core';
import { prefixUtilization } from '../services/utilization.js';

export const prefixUtilizationWidget = defineWidget({
  name: 'ipam.PrefixUtilization',
  title: 'Prefix utilization',
  description: 'How much of each chosen prefix (or of the top-level prefixes) is in use.',
  width: 4,
  height: 3,
  config: { prefixes: [], limit: 10 },
  async data({ db, config }) {
    const ids = ((config.prefixes as unknown[] | undefined) ?? []).map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const limit = Math.min(Math.max(Number(config.limit ?? 10) || 10, 1), 100);
    const qb = db('ipam_prefix as p').leftJoin('ipam_vrf as v', 'v.id', 'p.vrf_id')
      .select('p.id', db.raw('p.prefix::text AS prefix'), 'p.status', 'v.name as vrf')
      .orderByRaw('p.vrf_id NULLS FIRST, p.prefix, p.id');
    if (ids.length) qb.whereIn('p.id', ids);
    else qb.where('p._depth', 0).limit(limit);
    const rows: { id: unknown; prefix: string; status: string; vrf: string | null }[] = await qb;
    const pct = await prefixUtilization(db, rows.map((r) => Number(r.id)));
    return {
      prefixes: rows.map((r) => ({
        id: Number(r.id), prefix: r.prefix, vrf: r.vrf ?? null, status: r.status,
        utilization: Math.round((pct.get(Number(r.id)) ?? 0) * 100) / 100,
      })),
    };
  },
});
