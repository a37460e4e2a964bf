/**
 * Resolves a written reference to a related object: an id (number or numeric string) or an
 * attribute dict that must match exactly one object (NetBox's get_related_object_by_attrs).
 */
import type { Knex } from 'knex';
import type { ModelClass } from '../models/base-model.js';
import { fieldsOf } from '../models/base-model.js';
import { columnOf, FieldValueError, targetOf, type FieldSpec } from '../models/fields.js';

function isIdLike(v: unknown): v is number | string {
  return (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d+$/.test(v));
}

/** Field kinds whose stored value can be matched by an attribute in a reference dict. */
const MATCHABLE = new Set(['string', 'text', 'slug', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'choice', 'cidr', 'inet', 'generic_type', 'generic_id']);

/**
 * The value to compare an attribute's column with, validated by its field kind so a value the
 * column could never hold (a letter for a number, a NUL, an out-of-range id) is "not found"
 * rather than a database error; undefined when it cannot match anything.
 */
function matchValue(spec: FieldSpec, value: unknown): unknown {
  if (typeof value === 'string' && value.includes('\u0000')) return undefined;
  if (!MATCHABLE.has(spec.kind)) return undefined;
  if (!spec.parse) return value;
  try {
    return spec.parse(value);
  } catch (err) {
    if (err instanceof FieldValueError) return undefined;
    throw err;
  }
}

/** A positive id that fits Postgres' bigint and JavaScript's exact integers. */
const safeId = (v: number | string) => Number.isSafeInteger(Number(v));

/** Applies `{attr: value, rel: {attr: value}}` as WHERE clauses on `alias`; unknown attributes are errors. */
function applyAttrs(db: Knex, qb: Knex.QueryBuilder, model: ModelClass, alias: string, attrs: Record<string, unknown>, depth = 0): void {
  const fields = fieldsOf(model);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'id') {
      if (!isIdLike(value) || !safeId(value)) throw new FieldValueError([`Invalid ID: ${JSON.stringify(value)}`]);
      qb.where(`${alias}.id`, Number(value));
      continue;
    }
    const spec = fields[key];
    if (!spec) throw new FieldValueError([`Related object not found using the provided attributes: ${JSON.stringify(attrs)}`]);
    if (spec.kind === 'related') {
      const col = `${alias}.${columnOf(key, spec)}`;
      if (value === null) qb.whereNull(col);
      else if (isIdLike(value) && safeId(value)) qb.where(col, Number(value));
      else if (typeof value === 'object' && !Array.isArray(value) && depth < 2) {
        const target = targetOf(spec, model);
        const sub = `r${depth}_${key}`;
        const inner = db(`${target.tableName} as ${sub}`).select(`${sub}.id`);
        applyAttrs(db, inner, target, sub, value as Record<string, unknown>, depth + 1);
        qb.whereIn(col, inner);
      } else throw new FieldValueError([`Related object not found using the provided attributes: ${JSON.stringify(attrs)}`]);
      continue;
    }
    const col = columnOf(key, spec);
    const match = value === null ? null : matchValue(spec, value);
    if (!col || (value !== null && typeof value === 'object') || match === undefined)
      throw new FieldValueError([`Related object not found using the provided attributes: ${JSON.stringify(attrs)}`]);
    if (match === null) qb.whereNull(`${alias}.${col}`);
    else qb.where(`${alias}.${col}`, match as string | number | boolean);
  }
}

/** Returns the id of the one object the value designates, or throws FieldValueError with NetBox's wording. */
export async function resolveRelated(db: Knex, target: ModelClass, value: unknown): Promise<number> {
  if (isIdLike(value)) {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id > 9223372036854775807) throw new FieldValueError([`Related object not found using the provided numeric ID: ${value}`]);
    const hit = await db(target.tableName).select('id').where('id', id).first();
    if (!hit) throw new FieldValueError([`Related object not found using the provided numeric ID: ${value}`]);
    return id;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const attrs = value as Record<string, unknown>;
    if (Object.keys(attrs).length === 0) throw new FieldValueError(['Related objects must be referenced by numeric ID or by dictionary of attributes.']);
    const qb = db(`${target.tableName} as t0`).select('t0.id').limit(2);
    applyAttrs(db, qb, target, 't0', attrs);
    const hits: { id: number }[] = await qb;
    if (hits.length === 0) throw new FieldValueError([`Related object not found using the provided attributes: ${JSON.stringify(attrs)}`]);
    if (hits.length > 1) throw new FieldValueError([`Multiple objects match the provided attributes: ${JSON.stringify(attrs)}`]);
    return Number(hits[0]!.id);
  }
  throw new FieldValueError([`Related objects must be referenced by numeric ID or by dictionary of attributes. Received an unrecognized value: ${JSON.stringify(value)}`]);
}
