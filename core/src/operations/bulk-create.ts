/**
 * Set-based create for models that define `cleanMany` (a bulk POST of 10,000 IP addresses):
 * the same steps and guarantees as the per-item path in write.ts — resource hooks and parse per
 * body, validateRow's checks, the model's clean, pre_save/post_save signals, many-to-many and
 * provided fields, afterSave, per-item errors in request order — but the SQL of the row checks,
 * of clean and of the INSERT runs once per batch (chunked) instead of once per object. A model
 * may also define `afterSaveMany`, run once per batch after the INSERT instead of afterSave per row.
 *
 * Differences from the per-item path, by design: every body is parsed before any row is
 * checked, and all rows are checked and passed to pre_save before the batch's INSERT (so a
 * pre_save listener does not see the batch's earlier rows in the table; in-batch conflicts are
 * found by validateRows and cleanMany instead). Errors are still collected for every object.
 */
import type { Knex } from 'knex';
import type { RequestCradle } from '../container/cradle.js';
import type { Resource } from '../api/resource.js';
import { ValidationError, type FieldErrors } from '../errors.js';
import { fieldsOf, type HookContext, type ModelClass } from '../models/base-model.js';
import { columnOf } from '../models/fields.js';
import type { ParsedWrite } from '../serializers/parse.js';
import type { Row } from '../serializers/render.js';
import { validateRows } from './validate-row.js';
import { messageOf, parseWithHooks } from './write-steps.js';

/** Rows per INSERT statement (knex's multi-row fallback also keeps under 30,000 bindings; Postgres allows 65,535). */
const INSERT_ROWS = 2000;

/** What a bulk create hands back to createObjects: the created objects in request order, or the per-item errors. */
export interface CreatedMany {
  written: { row: Row; prev: null; action: 'create'; message?: string }[];
  extras: Map<number, Record<string, unknown>>;
  /** One entry per body ({} when it passed). */
  errors: FieldErrors[];
}

/** A ValidationError about one object becomes its entry; anything else aborts the request. */
function itemError(err: unknown): FieldErrors {
  if (!(err instanceof ValidationError) || Array.isArray(err.errors)) throw err;
  return err.errors;
}

/** Field kinds whose column takes a JSON scalar as knex would bind it (json columns take pre-serialised text, arrays need care). */
const JSON_SAFE_KINDS = new Set(['string', 'text', 'slug', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'choice', 'cidr', 'inet', 'related', 'generic_type', 'generic_id']);

/** The model's columns that can travel as JSON scalars (see insertAll). */
function jsonColumns(model: ModelClass): Set<string> {
  const out = new Set<string>();
  for (const [name, spec] of Object.entries(fieldsOf(model))) {
    const col = columnOf(name, spec);
    if (col && JSON_SAFE_KINDS.has(spec.kind)) out.add(col);
  }
  return out;
}

/** A value JSON carries as knex would bind it: null, a string, a finite number, a boolean or a Date. */
function jsonScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) || value instanceof Date;
}

/**
 * Inserts rows and returns the stored rows in the same order. Runs of rows with the same columns,
 * all plain scalar fields of the model, go in one statement per chunk that ships them as a single
 * JSON parameter (`json_populate_recordset` over the table's row type, in ordinality order),
 * which spares binding tens of thousands of parameters; other rows use knex's multi-row insert.
 */
async function insertAll(trx: Knex.Transaction, model: ModelClass, rows: Row[]): Promise<Row[]> {
  const table = model.tableName;
  const scalarColumns = jsonColumns(model);
  const out: Row[] = [];
  let i = 0;
  while (i < rows.length) {
    const columns = Object.keys(rows[i]!);
    const signature = columns.join(',');
    let j = i + 1;
    while (j < rows.length && j - i < INSERT_ROWS && Object.keys(rows[j]!).join(',') === signature) j++;
    const part = rows.slice(i, j);
    if (columns.length && columns.every((c) => scalarColumns.has(c)) && part.every((r) => Object.values(r).every(jsonScalar))) {
      const cols = columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ');
      const { rows: stored } = await trx.raw(
        `INSERT INTO ?? (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::??, ?::json) WITH ORDINALITY AS r ORDER BY r.ordinality RETURNING *`,
        [table, table, JSON.stringify(part)],
      );
      // Ids come from the sequence in insertion order: sorting by id is request order.
      out.push(...(stored as Row[]).sort((a, b) => Number(a.id) - Number(b.id)));
    } else {
      // knex writes DEFAULT for a column a row lacks; INSERT … VALUES … RETURNING keeps VALUES order.
      const size = Math.max(1, Math.floor(30_000 / Math.max(1, columns.length)));
      for (let k = 0; k < part.length; k += size)
        out.push(...((await trx(table).insert(part.slice(k, k + size)).returning('*')) as Row[]));
    }
    i = j;
  }
  return out;
}

/** Creates the objects of `bodies` inside `trx`; see the file comment for what is done per batch. */
export async function createMany(c: RequestCradle, trx: Knex.Transaction, resource: Resource, bodies: unknown[]): Promise<CreatedMany> {
  const model = resource.model;
  const hook: HookContext = { trx, userId: c.user?.id ?? null, request: c };
  const errors: (FieldErrors | undefined)[] = bodies.map(() => undefined);
  const parsed: (ParsedWrite | undefined)[] = [];
  const extraOf: (Record<string, unknown> | undefined)[] = [];

  // Parse per body (resource hooks, field parsing; related objects given by id are one lookup each).
  for (let i = 0; i < bodies.length; i++) {
    try {
      const r = await parseWithHooks(c, trx, resource, bodies[i], null, false);
      parsed[i] = r.parsed;
      extraOf[i] = r.extra;
    } catch (err) {
      errors[i] = itemError(err);
    }
  }

  // Row checks, then the model's clean, each for the whole batch of rows still valid.
  const pending = () => bodies.map((_, i) => i).filter((i) => !errors[i]);
  let idx = pending();
  const checked = await validateRows(trx, c.registry, model, idx.map((i) => ({ ...parsed[i]!.values })));
  checked.forEach((e, k) => { if (e) errors[idx[k]!] = e; });
  idx = pending();
  const cleaned = await model.cleanMany!(idx.map((i) => ({ ...parsed[i]!.values })), hook);
  cleaned.forEach((e, k) => { if (e && Object.keys(e).length) errors[idx[k]!] = e; });

  // pre_save listeners per row; as on the per-item path they see a copy, the parsed values are stored.
  idx = pending();
  const toInsert: Row[] = [];
  const inserted: number[] = [];
  for (const i of idx) {
    try {
      await c.signals.send('pre_save', { model, row: { ...parsed[i]!.values }, prev: null, trx, requestId: c.requestId });
      toInsert.push(parsed[i]!.values);
      inserted.push(i);
    } catch (err) {
      errors[i] = itemError(err);
    }
  }

  // One multi-row INSERT per chunk; the rest of the per-object steps in request order.
  const rows = await insertAll(trx, model, toInsert);
  // A batch after-save replaces the per-row one; it runs before the rows' post_save, as afterSave would.
  const batchErrors = model.afterSaveMany ? ((await model.afterSaveMany(rows, hook, toInsert)) ?? []) : [];
  const written: CreatedMany['written'] = [];
  const extras = new Map<number, Record<string, unknown>>();
  for (let k = 0; k < inserted.length; k++) {
    const i = inserted[k]!;
    const row = rows[k]!;
    const batchError = batchErrors[k];
    if (batchError && Object.keys(batchError).length) {
      errors[i] = batchError;
      continue;
    }
    try {
      const p = parsed[i]!;
      for (const [name, ids] of Object.entries(p.many)) {
        const { table, from, to } = resource.serializer.specs[name]!.through!;
        if (ids.length) await trx(table).insert(ids.map((id) => ({ [from]: row.id, [to]: id })));
      }
      for (const [kind, value] of Object.entries(p.provided))
        await c.registry.fieldProvider(kind as 'tags').save({ db: trx, baseUrl: '' }, model, row, value);
      if (!model.afterSaveMany) await model.afterSave(row, null, hook);
      await c.signals.send('post_save', { model, row, prev: null, trx, requestId: c.requestId });
      if (extraOf[i]) extras.set(Number(row.id), extraOf[i]!);
      written.push({ row, prev: null, action: 'create', message: messageOf(bodies[i]) });
    } catch (err) {
      errors[i] = itemError(err);
    }
  }
  return { written, extras, errors: errors.map((e) => e ?? {}) };
}
