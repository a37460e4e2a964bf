/**
 * Object and multi-object custom field values are written as ids or attribute dicts (NetBox runs
 * the related model's nested serializer); this turns them into ids, one query per written value
 * set, or reports NetBox's "Unknown related object(s)" message.
 */
import { columnOf, fieldsOf, type Knex, type ModelClass } from '@patchbay/core';
import { pyStr } from './py-format.js';
import { CustomFieldValueError } from './validate-value.js';

const isId = (v: unknown): v is number | string =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) || (typeof v === 'string' && /^\d{1,15}$/.test(v));

/** Kinds a reference dict may match on (plain stored values). */
const MATCHABLE = new Set(['string', 'text', 'slug', 'integer', 'decimal', 'boolean', 'date', 'choice', 'generic_type', 'generic_id']);

/** The id of the one object an attribute dict designates, or undefined. */
async function byAttrs(db: Knex, target: ModelClass, attrs: Record<string, unknown>): Promise<number | undefined> {
  const fields = fieldsOf(target);
  const qb = db(target.tableName).select('id').limit(2);
  if (Object.keys(attrs).length === 0) return undefined;
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'id') {
      if (!isId(value)) return undefined;
      qb.where('id', Number(value));
      continue;
    }
    const spec = fields[key];
    const col = spec && columnOf(key, spec);
    if (!spec || !col || (spec.kind !== 'related' && !MATCHABLE.has(spec.kind))) return undefined;
    if (value === null) qb.whereNull(col);
    else if (typeof value === 'object' || (typeof value === 'string' && value.includes('\u0000'))) return undefined;
    else if (spec.kind === 'related' && !isId(value)) return undefined;
    else qb.where(col, value as string | number | boolean);
  }
  try {
    const hits: { id: unknown }[] = await qb;
    return hits.length === 1 ? Number(hits[0]!.id) : undefined;
  } catch {
    // A value the column cannot hold (a letter for a number): no such object.
    return undefined;
  }
}

/** Resolves an object (one reference) or multi-object (a list) value to ids. */
export async function resolveObjects(db: Knex, target: ModelClass, value: unknown, many: boolean): Promise<number | number[]> {
  const unknown = () => new CustomFieldValueError(`Unknown related object(s): ${pyStr(value)}`);
  const items = many ? value : [value];
  if (!Array.isArray(items)) throw unknown();
  const ids = items.filter(isId).map(Number);
  const found = new Set<number>();
  if (ids.length) {
    const rows: { id: unknown }[] = await db(target.tableName).select('id').whereIn('id', ids);
    for (const r of rows) found.add(Number(r.id));
  }
  const out: number[] = [];
  for (const item of items) {
    if (isId(item)) {
      if (!found.has(Number(item))) throw unknown();
      out.push(Number(item));
    } else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const id = await byAttrs(db, target, item as Record<string, unknown>);
      if (id === undefined) throw unknown();
      out.push(id);
    } else throw unknown();
  }
  return many ? out : out[0]!;
}
