/**
 * Permission constraints: NetBox stores them as Django ORM lookups (`{"status": "active",
 * "site__slug": "dc1", "vid__lt": 100}`; a list is OR). We translate the same JSON into SQL so
 * that constraints written for NetBox work unchanged.
 */
import type { Knex } from 'knex';
import { fieldsOf, type ModelClass } from '../models/base-model.js';
import { columnOf, targetOf } from '../models/fields.js';

export type Constraint = Record<string, unknown>;

const LOOKUPS = new Set(['exact', 'iexact', 'in', 'lt', 'lte', 'gt', 'gte', 'contains', 'icontains', 'startswith', 'istartswith', 'endswith', 'iendswith', 'isnull', 'regex', 'iregex']);

/** Thrown for a constraint naming something the model does not have; treated as matching nothing. */
export class ConstraintError extends Error {}

function esc(s: string) {
  return String(s).replace(/[\\%_]/g, (c) => `\\${c}`);
}

function applyLookup(qb: Knex.QueryBuilder, column: string, lookup: string, value: unknown): void {
  switch (lookup) {
    case 'exact': value === null ? qb.whereNull(column) : qb.where(column, value as never); break;
    case 'iexact': qb.whereRaw('lower(??) = lower(?)', [column, value as string]); break;
    case 'in': qb.whereIn(column, (Array.isArray(value) ? value : [value]) as never[]); break;
    case 'lt': qb.where(column, '<', value as never); break;
    case 'lte': qb.where(column, '<=', value as never); break;
    case 'gt': qb.where(column, '>', value as never); break;
    case 'gte': qb.where(column, '>=', value as never); break;
    case 'contains': qb.where(column, 'like', `%${esc(value as string)}%`); break;
    case 'icontains': qb.where(column, 'ilike', `%${esc(value as string)}%`); break;
    case 'startswith': qb.where(column, 'like', `${esc(value as string)}%`); break;
    case 'istartswith': qb.where(column, 'ilike', `${esc(value as string)}%`); break;
    case 'endswith': qb.where(column, 'like', `%${esc(value as string)}`); break;
    case 'iendswith': qb.where(column, 'ilike', `%${esc(value as string)}`); break;
    case 'isnull': value ? qb.whereNull(column) : qb.whereNotNull(column); break;
    case 'regex': qb.whereRaw('?? ~ ?', [column, value as string]); break;
    case 'iregex': qb.whereRaw('?? ~* ?', [column, value as string]); break;
  }
}

/** Adds one lookup path (`a__b__lookup`) starting at `model` aliased `alias`; follows foreign keys by subquery. */
function applyPath(db: Knex, qb: Knex.QueryBuilder, model: ModelClass, alias: string, parts: string[], value: unknown, depth: number): void {
  let lookup = 'exact';
  if (parts.length > 1 && LOOKUPS.has(parts[parts.length - 1]!)) lookup = parts.pop()!;
  const [head, ...rest] = parts;
  if (head === 'id' || head === 'pk') {
    if (rest.length) throw new ConstraintError(`cannot follow ${head}`);
    applyLookup(qb, `${alias}.id`, lookup, value);
    return;
  }
  const spec = fieldsOf(model)[head!];
  if (!spec) throw new ConstraintError(`unknown field ${head} on ${model.label}`);
  const col = columnOf(head!, spec);
  if (spec.kind === 'related' && rest.length) {
    const target = targetOf(spec, model);
    const sub = `c${depth}`;
    const inner = db(`${target.tableName} as ${sub}`).select(`${sub}.id`);
    applyPath(db, inner, target, sub, [...rest, lookup], value, depth + 1);
    qb.whereIn(`${alias}.${col}`, inner);
    return;
  }
  if (!col || rest.length) throw new ConstraintError(`cannot filter on ${[head, ...rest].join('__')}`);
  applyLookup(qb, `${alias}.${col}`, lookup, value);
}

/** Restricts `qb` to rows matching any of the constraint sets (each set is an AND of lookups). */
export function applyConstraints(db: Knex, qb: Knex.QueryBuilder, model: ModelClass, alias: string, sets: Constraint[]): void {
  qb.where((outer) => {
    for (const set of sets) {
      outer.orWhere((inner) => {
        try {
          for (const [key, value] of Object.entries(set)) applyPath(db, inner, model, alias, key.split('__'), value, 0);
        } catch (err) {
          if (!(err instanceof ConstraintError)) throw err;
          inner.whereRaw('false');
        }
      });
    }
  });
}
