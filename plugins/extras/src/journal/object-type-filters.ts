/**
 * Filters on a generic reference stored as a model label (`<x>_type` = 'dcim.site'): NetBox's
 * ContentTypeFilter (`object_type=dcim.site`) and the object type id form (`object_type_id=7`).
 */
import { method, type FilterDef, type Knex } from '@patchbay/core';

/** `<x>_type=app.model`, several = any of them; `__n` excludes them. */
export function objectTypeLabelFilter(column: string): FilterDef {
  return method('text', (qb: Knex.QueryBuilder, values: unknown[], _lookup: string, negate: boolean) => {
    if (negate) qb.whereNotIn(`t.${column}`, values.map(String));
    else qb.whereIn(`t.${column}`, values.map(String));
  }, ['n']);
}

const OPS: Record<string, string> = { '': '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** `<x>_type_id=7` by core_objecttype id, with the number lookups. */
export function objectTypeIdFilter(column: string, lookups: string[]): FilterDef {
  return method('number', (qb: Knex.QueryBuilder, values: unknown[], lookup: string, negate: boolean) => {
    if (lookup === 'empty') {
      // The column is never empty; `__empty=true` matches nothing.
      if (values[0] === true) qb.whereRaw('false');
      return;
    }
    const op = OPS[lookup] ?? '=';
    const conds = values.map(() => `ot.id ${op} ?`).join(' OR ');
    qb.whereRaw(`t.${column} ${negate ? 'NOT IN' : 'IN'} (SELECT ot.app_label || '.' || ot.model FROM core_objecttype ot WHERE ${conds})`, values as number[]);
  }, lookups);
}
