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

/** One step of a lookup path: a column compared with `lookup`, or a foreign key followed into `target`. */
type Step =
  | { follow: false; column: string; lookup: string }
  | { follow: true; column: string; lookup: string; target: ModelClass; rest: string[] };

/** Resolves the head of a lookup path (`a__b__lookup`) on `model`; throws ConstraintError for what the model lacks. */
function resolveStep(model: ModelClass, path: string[]): Step {
  const parts = [...path];
  let lookup = 'exact';
  if (parts.length > 1 && LOOKUPS.has(parts[parts.length - 1]!)) lookup = parts.pop()!;
  const [head, ...rest] = parts;
  if (head === 'id' || head === 'pk') {
    if (rest.length) throw new ConstraintError(`cannot follow ${head}`);
    return { follow: false, column: 'id', lookup };
  }
  const spec = fieldsOf(model)[head!];
  if (!spec) throw new ConstraintError(`unknown field ${head} on ${model.label}`);
  const col = columnOf(head!, spec);
  if (spec.kind === 'related' && rest.length) return { follow: true, column: col!, lookup, target: targetOf(spec, model), rest };
  if (!col || rest.length) throw new ConstraintError(`cannot filter on ${[head, ...rest].join('__')}`);
  return { follow: false, column: col, lookup };
}

/** Adds one lookup path starting at `model` aliased `alias`; follows foreign keys by subquery. */
function applyPath(db: Knex, qb: Knex.QueryBuilder, model: ModelClass, alias: string, parts: string[], value: unknown, depth: number): void {
  const step = resolveStep(model, parts);
  if (step.follow) {
    const sub = `c${depth}`;
    const inner = db(`${step.target.tableName} as ${sub}`).select(`${sub}.id`);
    applyPath(db, inner, step.target, sub, [...step.rest, step.lookup], value, depth + 1);
    qb.whereIn(`${alias}.${step.column}`, inner);
    return;
  }
  applyLookup(qb, `${alias}.${step.column}`, step.lookup, value);
}

/** Throws ConstraintError unless every lookup path of the sets names something `model` has (checked when a permission is saved). */
export function checkConstraintPaths(model: ModelClass, sets: readonly Constraint[]): void {
  const check = (m: ModelClass, parts: string[]): void => {
    const step = resolveStep(m, parts);
    if (step.follow) check(step.target, [...step.rest, step.lookup]);
  };
  for (const set of sets) for (const key of Object.keys(set)) check(model, key.split('__'));
}

/**
 * Normalises a stored or written `constraints` value to its constraint sets: null (or an empty
 * object or list) means every object; a dict is one set; a list is OR of sets. Anything else
 * throws ConstraintError.
 */
export function constraintSets(value: unknown): Constraint[] | null {
  if (value === null || value === undefined) return null;
  const isObject = (v: unknown): v is Constraint => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(value)) return Object.keys(value).length ? [value] : null;
  if (Array.isArray(value) && value.every(isObject)) return value.length ? value : null;
  throw new ConstraintError('Constraints must be a JSON object or a list of JSON objects.');
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
