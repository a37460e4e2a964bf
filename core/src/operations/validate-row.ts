/**
 * Row checks every model gets before a write, inside the transaction: unique fields and
 * unique-together sets (NetBox's validate_unique, as a 400 rather than a database error), and
 * generic relations (type and id given together, type registered, target existing).
 */
import type { Knex } from 'knex';
import { ValidationError, type FieldErrors } from '../errors.js';
import { fieldsOf, type ModelClass } from '../models/base-model.js';
import { columnOf } from '../models/fields.js';
import type { Registry } from '../registry/registry.js';
import { referencesTo } from './references.js';

export async function validateRow(
  db: Knex,
  registry: Registry,
  model: ModelClass,
  row: Record<string, unknown>,
  prev: Record<string, unknown> | null,
): Promise<void> {
  const errors: FieldErrors = {};
  const fields = fieldsOf(model);
  const changed = (col: string) => !prev || prev[col] !== row[col];

  for (const [name, spec] of Object.entries(fields)) {
    if (!spec.unique) continue;
    const col = columnOf(name, spec)!;
    const value = row[col];
    if (value === null || value === undefined || value === '' || !changed(col)) continue;
    const qb = db(model.tableName).select('id').where(col, value as never).limit(1);
    if (prev) qb.whereNot('id', prev.id as number);
    if (await qb.first()) errors[name] = [`${model.verboseName} with this ${name.replace(/_/g, ' ')} already exists.`];
  }

  for (const { fields: set, message } of model.uniqueTogether) {
    const cols = set.map((f) => columnOf(f, fields[f] ?? { kind: 'string' }) ?? f);
    if (prev && cols.every((c) => !changed(c))) continue;
    if (cols.some((c) => row[c] === null || row[c] === undefined)) continue;
    const qb = db(model.tableName).select('id').limit(1);
    for (const c of cols) qb.where(c, row[c] as never);
    if (prev) qb.whereNot('id', prev.id as number);
    if (await qb.first()) {
      const msg = message ?? `${model.verboseName} with this ${set.join(' and ')} already exists.`;
      (errors.non_field_errors as string[] | undefined)?.push(msg) ?? (errors.non_field_errors = [msg]);
    }
  }

  for (const [name, spec] of Object.entries(fields)) {
    if (spec.kind !== 'generic') continue;
    const type = row[spec.typeColumn!] as string | null | undefined;
    const id = row[spec.idColumn!] as number | null | undefined;
    const typeField = spec.typeColumn!;
    if ((type == null) !== (id == null)) {
      errors[type == null ? typeField : spec.idColumn!] = ['Both an object type and an object ID must be given, or neither.'];
      continue;
    }
    if (type == null) continue;
    const allowed = spec.allowedTypes?.();
    const target = registry.models.get(type);
    if (!target || (allowed && !allowed.includes(type))) {
      errors[typeField] = [`Invalid object type for ${name.replace(/_/g, ' ')}: ${type}.`];
      continue;
    }
    if (!changed(typeField) && !changed(spec.idColumn!)) continue;
    if (!(await db(target.tableName).select('id').where('id', id!).first()))
      errors[spec.idColumn!] = [`Related object not found using the provided numeric ID: ${id}`];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Counts rows of other models that protect this one from deletion (ON DELETE RESTRICT foreign keys). */
export async function protectingDependents(db: Knex, registry: Registry, model: ModelClass, ids: number[]): Promise<{ label: string; count: number }[]> {
  const out: { label: string; count: number }[] = [];
  for (const { model: other, column } of referencesTo(registry, model, 'protect')) {
    const [{ n }] = (await db(other.tableName).count({ n: '*' }).whereIn(column, ids)) as { n: unknown }[] as [{ n: unknown }];
    if (Number(n) > 0) out.push({ label: other.verboseNamePlural ?? other.label, count: Number(n) });
  }
  return out;
}

type Row = Record<string, unknown>;

/** Adds a message under `key` of one object's errors (created on first use). */
function addError(errors: (FieldErrors | undefined)[], i: number, key: string, msg: string): void {
  const e = (errors[i] ??= {});
  (e[key] as string[] | undefined)?.push(msg) ?? (e[key] = [msg]);
}

/** Splits a long value list so no statement carries more bindings than Postgres allows. */
function chunks<T>(items: T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * validateRow for a batch of new rows (a bulk create): the same checks and messages, one
 * statement per unique field, per unique-together set and per generic-relation target type,
 * whatever the batch size. A row also conflicts with an earlier row of the same batch, as it
 * would with the per-item path (which has inserted the earlier one by then). Returns each row's
 * errors (undefined when it passed), in the rows' order.
 */
export async function validateRows(db: Knex, registry: Registry, model: ModelClass, rows: Row[]): Promise<(FieldErrors | undefined)[]> {
  const errors: (FieldErrors | undefined)[] = rows.map(() => undefined);
  const fields = fieldsOf(model);
  const key = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

  for (const [name, spec] of Object.entries(fields)) {
    if (!spec.unique) continue;
    const col = columnOf(name, spec)!;
    const given = rows.map((r, i) => ({ i, v: r[col] })).filter(({ v }) => v !== null && v !== undefined && v !== '');
    if (!given.length) continue;
    const taken = new Set<string>();
    for (const part of chunks([...new Set(given.map(({ v }) => v))]))
      for (const r of await db(model.tableName).distinct(col).whereIn(col, part as never[])) taken.add(key(r[col]));
    const msg = `${model.verboseName} with this ${name.replace(/_/g, ' ')} already exists.`;
    for (const { i, v } of given) {
      if (taken.has(key(v))) addError(errors, i, name, msg);
      taken.add(key(v));
    }
  }

  for (const { fields: set, message } of model.uniqueTogether) {
    const cols = set.map((f) => columnOf(f, fields[f] ?? { kind: 'string' }) ?? f);
    const given = rows.map((r, i) => ({ i, vs: cols.map((c) => r[c]) })).filter(({ vs }) => vs.every((v) => v !== null && v !== undefined));
    if (!given.length) continue;
    const tuple = (vs: unknown[]) => JSON.stringify(vs.map(key));
    const taken = new Set<string>();
    for (const part of chunks(given.map(({ vs }) => vs), Math.floor(5000 / cols.length)))
      for (const r of await db(model.tableName).distinct(cols).whereIn(cols, part as never[][])) taken.add(tuple(cols.map((c) => r[c])));
    const msg = message ?? `${model.verboseName} with this ${set.join(' and ')} already exists.`;
    for (const { i, vs } of given) {
      if (taken.has(tuple(vs))) addError(errors, i, 'non_field_errors', msg);
      taken.add(tuple(vs));
    }
  }

  for (const [name, spec] of Object.entries(fields)) {
    if (spec.kind !== 'generic') continue;
    const typeField = spec.typeColumn!;
    const allowed = spec.allowedTypes?.();
    const wanted = new Map<string, { i: number; id: number }[]>();
    rows.forEach((row, i) => {
      const type = row[typeField] as string | null | undefined;
      const id = row[spec.idColumn!] as number | null | undefined;
      if ((type == null) !== (id == null)) {
        addError(errors, i, type == null ? typeField : spec.idColumn!, 'Both an object type and an object ID must be given, or neither.');
        return;
      }
      if (type == null) return;
      if (!registry.models.get(type) || (allowed && !allowed.includes(type))) {
        addError(errors, i, typeField, `Invalid object type for ${name.replace(/_/g, ' ')}: ${type}.`);
        return;
      }
      (wanted.get(type) ?? wanted.set(type, []).get(type)!).push({ i, id: id! });
    });
    for (const [type, refs] of wanted) {
      const target = registry.models.get(type)!;
      const found = new Set<number>();
      for (const part of chunks([...new Set(refs.map((r) => Number(r.id)))]))
        for (const r of await db(target.tableName).select('id').whereIn('id', part)) found.add(Number(r.id));
      for (const { i, id } of refs)
        if (!found.has(Number(id))) addError(errors, i, spec.idColumn!, `Related object not found using the provided numeric ID: ${id}`);
    }
  }
  return errors;
}
