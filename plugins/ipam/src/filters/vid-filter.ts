import { method, type FilterDef, type Knex } from '@patchbay/core';

const OPS: Record<string, string> = { '': '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * NetBox's NumberFilter on a related VLAN's VID (`vlan__vid`, `qinq_svlan__vid`): `column` holds
 * the VLAN id. Lookups n, gt, gte, lt, lte (several values OR'ed) and `__empty` (true: no VLAN).
 * `__n` keeps rows without a VLAN, as Django's exclude() does.
 */
export function vlanVidFilter(column: string): FilterDef {
  const col = `t.${column}`;
  return method('number', (qb, values, lookup, negate) => {
    if (lookup === 'empty') {
      if (values[0]) qb.whereNull(col);
      else qb.whereNotNull(col);
      return;
    }
    const op = OPS[lookup] ?? '=';
    const sub = (s: Knex.QueryBuilder) =>
      s.select('id').from('ipam_vlan').where((w: Knex.QueryBuilder) => { for (const v of values) w.orWhere('vid', op, Number(v)); });
    if (negate) qb.where((w: Knex.QueryBuilder) => w.whereNotIn(col, sub).orWhereNull(col));
    else qb.whereIn(col, sub);
  }, ['n', 'gt', 'gte', 'lt', 'lte', 'empty']);
}
