/**
 * Filter kinds the device, module, VDC and chassis lists need beyond core's generated ones:
 * NetBox's case-insensitive exact text (`name`, `serial`), filters on an id reached through
 * another table (`parent_device_id`, `interface_id`), related-row counts (`interface_count__gte`)
 * and "has any" booleans (`console_ports=true`).
 */
import { method, type FilterDef } from '@patchbay/core';

export type QueryBuilder = Parameters<Extract<FilterDef, { kind: 'method' }>['apply']>[0];

/** LIKE metacharacters escaped, so `name__ic=50%` matches a literal percent sign. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The text lookups NetBox's MultiValueCharFilter offers, with the exact form case-insensitive (`lookup_expr='iexact'`). */
export function iexactText(column: string): FilterDef {
  const col = `t.${column}`;
  return method('text', (qb, values, lookup, negate) => {
    if (lookup === 'empty') {
      const empty = ['true', '1', 'yes'].includes(String(values[0]).toLowerCase());
      qb.where((w) => (empty ? w.whereNull(col).orWhere(col, '') : w.whereNotNull(col).andWhere(col, '<>', '')));
      return;
    }
    const build = (w: QueryBuilder) => {
      for (const raw of values) {
        const v = likeEscape(String(raw));
        switch (lookup) {
          case 'ic': w.orWhere(col, 'ilike', `%${v}%`); break;
          case 'isw': w.orWhere(col, 'ilike', `${v}%`); break;
          case 'iew': w.orWhere(col, 'ilike', `%${v}`); break;
          default: w.orWhereRaw('lower(??) = lower(?)', [col, String(raw)]);
        }
      }
    };
    // Django's exclude() keeps rows whose column is NULL.
    if (negate) qb.where((w) => w.whereNot(build).orWhereNull(col));
    else qb.where(build);
  }, ['n', 'ic', 'nic', 'iew', 'niew', 'isw', 'nisw', 'ie', 'nie', 'empty']);
}

/** Rows whose id is among `sub`'s ids, built per request from the given values (`__n` negates). */
export function idsVia(sub: (qb: QueryBuilder, values: unknown[]) => void): FilterDef {
  return method('number', (qb, values, _lookup, negate) => {
    const ids = (q: QueryBuilder) => sub(q, values);
    if (negate) qb.whereNotIn('t.id', ids);
    else qb.whereIn('t.id', ids);
  }, ['n']);
}

/** A plain id filter on one of the row's columns (`device=3`, `device_id=3`), validated as numbers. */
export function idColumn(column: string): FilterDef {
  const col = `t.${column}`;
  return method('number', (qb, values, _lookup, negate) => {
    if (negate) qb.where((w) => w.whereNotIn(col, values as number[]).orWhereNull(col));
    else qb.whereIn(col, values as number[]);
  }, ['n']);
}

/** A count of related rows (NetBox's counter fields, e.g. `interface_count__gte=4`). */
export function countOf(table: string, column: string): FilterDef {
  return method('number', (qb, values, lookup, negate) => {
    const count = `(SELECT count(*) FROM ?? AS c WHERE c.?? = t.id)`;
    const op = ({ lt: '<', lte: '<=', gt: '>', gte: '>=' } as Record<string, string>)[lookup];
    // NetBox's `__empty` on a counter: true keeps rows counting 0, false the others.
    if (lookup === 'empty') qb.whereRaw(`${count} ${values[0] ? '=' : '>'} 0`, [table, column]);
    else if (op) qb.where((w) => { for (const v of values) w.orWhereRaw(`${count} ${op} ?`, [table, column, v as number]); });
    else if (negate) qb.whereRaw(`NOT (${count} = ANY(?::numeric[]))`, [table, column, values as number[]]);
    else qb.whereRaw(`${count} = ANY(?::numeric[])`, [table, column, values as number[]]);
  }, ['n', 'lt', 'lte', 'gt', 'gte', 'empty']);
}

/** `true`: rows with at least one related row in `table`; `false`: rows without (NetBox's `_console_ports`…). */
export function hasAny(table: string, column: string): FilterDef {
  return method('boolean', (qb, values) => {
    const exists = `EXISTS (SELECT 1 FROM ?? AS c WHERE c.?? = t.id)`;
    qb.whereRaw(values[0] ? exists : `NOT ${exists}`, [table, column]);
  }, []);
}

/** `true`: rows whose column is set; `false`: rows where it is NULL (NetBox's `exclude(x__isnull=value)`). */
export function isSet(column: string): FilterDef {
  return method('boolean', (qb, values) => {
    if (values[0]) qb.whereNotNull(`t.${column}`);
    else qb.whereNull(`t.${column}`);
  }, []);
}
