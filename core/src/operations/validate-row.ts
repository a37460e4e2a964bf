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
