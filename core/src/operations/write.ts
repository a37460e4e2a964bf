/**
 * Transport-free writes: create, update and delete of one or many objects. Each call is one
 * transaction: validation, model hooks, in-transaction signals, the permission re-check, the
 * change-log rows and the event queue all happen inside it; events publish only after commit.
 * A bulk request is all-or-nothing and reports errors per item, in request order. Creates of a
 * model with a batch `cleanMany` run set-based (bulk-create.ts) with the same guarantees.
 */
import type { Knex } from 'knex';
import type { RequestCradle } from '../container/cradle.js';
import type { Resource } from '../api/resource.js';
import { conflict, forbidden, notFound, PatchbayError, ValidationError, type FieldErrors } from '../errors.js';
import { featuresOf, fieldsOf, type HookContext } from '../models/base-model.js';
import type { ParsedWrite } from '../serializers/parse.js';
import { messageOf, parseWithHooks } from './write-steps.js';
import { createMany } from './bulk-create.js';
import { renderRows, type Json, type Row } from '../serializers/render.js';
import { writeObjectChanges, type ChangeAction, type ObjectChangeInput } from '../changelog/object-change.js';
import { protectingDependents, validateRow } from './validate-row.js';
import { collectCascade } from './cascade.js';
import type { ModelClass } from '../models/base-model.js';
import type { Serializer } from '../serializers/define-serializer.js';
import { baseQuery } from './list.js';

export interface WriteOptions {
  /** The request's If-Match header (single-object writes). */
  ifMatch?: string;
  /**
   * Run inside a caller's transaction (as a savepoint) so several operations commit together;
   * the caller then publishes the request's events after its own commit (`eventQueue.flush`).
   */
  trx?: Knex.Transaction;
}

/** Weak ETag of an object: its last_updated timestamp (NetBox 4.6). */
export function etagOf(row: Row): string | undefined {
  if (!row.last_updated) return undefined;
  return `W/"${new Date(row.last_updated as string).toISOString()}"`;
}

function checkIfMatch(row: Row, ifMatch: string | undefined): void {
  if (!ifMatch || ifMatch.trim() === '*') return;
  const current = etagOf(row);
  const given = ifMatch.split(',').map((s) => s.trim());
  if (!current || !given.includes(current))
    throw new PatchbayError('PB_API_PRECONDITION_FAILED', 412, { detail: 'The object has been modified since it was read (If-Match does not match).' });
}

/** Runs a write in one transaction and publishes the queued events after it commits. */
async function inTransaction<T>(c: RequestCradle, work: (trx: Knex.Transaction) => Promise<T>, outer?: Knex.Transaction): Promise<T> {
  if (outer) {
    // A savepoint that rolls back takes its events with it, even if the caller carries on.
    // (Today events are queued as a write's last step, so only a failing RELEASE could leave
    // some behind; this keeps the rule true if a step is ever added after recordChanges.)
    const before = c.eventQueue.snapshot();
    try {
      return await outer.transaction(work);
    } catch (err) {
      c.eventQueue.restore(before);
      throw err;
    }
  }
  try {
    const result = await c.knex.transaction(work);
    c.eventQueue.flush(c.eventBus);
    return result;
  } catch (err) {
    c.eventQueue.clear();
    throw err;
  }
}

interface Written {
  row: Row;
  prev: Row | null;
  action: ChangeAction;
  message?: string;
}

/** Writes the change-log rows and queues the events for a batch of changes, rendering them together. */
async function recordChanges(
  c: RequestCradle,
  trx: Knex.Transaction,
  target: { model: ModelClass; serializer?: Serializer },
  written: Written[],
  preRendered: Map<number, Json>,
): Promise<void> {
  const { model, serializer: ser } = target;
  const logged = featuresOf(model).has('change_logging');
  const live = written.filter((w) => w.action !== 'delete').map((w) => w.row);
  const rendered = ser ? await renderRows(ser, live, ser.fields, { db: trx, registry: c.registry, baseUrl: '' }) : [];
  const post = new Map(live.map((row, i) => [Number(row.id), rendered[i]!]));
  const changes: ObjectChangeInput[] = [];
  const timestamp = new Date().toISOString();
  for (const w of written) {
    const id = Number(w.row.id);
    const prechange = w.prev ? (preRendered.get(id) ?? null) : null;
    const postchange = w.action === 'delete' ? null : (post.get(id) ?? null);
    if (logged)
      changes.push({
        action: w.action,
        objectType: model.label,
        objectId: id,
        objectRepr: model.displayOf(w.row),
        prechange,
        postchange,
        requestId: c.requestId,
        userId: c.user?.id ?? null,
        userName: c.user?.username ?? '',
        message: w.message,
      });
    c.eventQueue.enqueue({
      event_type: w.action === 'create' ? 'object_created' : w.action === 'update' ? 'object_updated' : 'object_deleted',
      object_type: model.label,
      object_id: id,
      data: postchange ?? prechange,
      snapshots: { prechange, postchange },
      request_id: c.requestId,
      username: c.user?.username ?? null,
      timestamp,
    });
  }
  await writeObjectChanges(trx, changes);
}

/**
 * Change records and events for objects a plugin inserted itself in multi-row statements (a
 * device's components made from its type's templates): rendered together, one INSERT of change
 * rows, events queued on the request. Permissions are the caller's business (NetBox lets whoever
 * may add a device get its components).
 */
export async function recordCreatedObjects(c: RequestCradle, trx: Knex.Transaction, model: ModelClass, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const serializer = c.registry.serializers.get(model.label);
  await recordChanges(c, trx, { model, serializer }, rows.map((row) => ({ row, prev: null, action: 'create' as const })), new Map());
}

/**
 * Change records and events for objects a plugin deletes itself (a cable's ends replaced on
 * update): call it BEFORE the delete, in the same transaction, so the rows render as they were.
 */
export async function recordDeletedObjects(c: RequestCradle, trx: Knex.Transaction, model: ModelClass, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const serializer = c.registry.serializers.get(model.label);
  const pre = await renderPre(c, trx, { serializer }, rows);
  await recordChanges(c, trx, { model, serializer }, rows.map((row) => ({ row, prev: row, action: 'delete' as const })), pre);
}

/** Saves one parsed object (insert or update) with hooks, signals, m2m and provided fields. */
async function saveOne(c: RequestCradle, trx: Knex.Transaction, resource: Resource, parsed: ParsedWrite, prev: Row | null): Promise<Row> {
  const model = resource.model;
  const hook: HookContext = { trx, userId: c.user?.id ?? null, request: c };
  const merged: Row = { ...(prev ?? {}), ...parsed.values };
  await validateRow(trx, c.registry, model, merged, prev);
  await model.clean(merged, prev, hook);
  await c.signals.send('pre_save', { model, row: merged, prev, trx, requestId: c.requestId });
  let row: Row;
  if (prev) {
    const values = { ...parsed.values };
    if (fieldsOf(model).last_updated) values.last_updated = trx.fn.now();
    [row] = Object.keys(values).length
      ? await trx(model.tableName).update(values).where('id', prev.id as number).returning('*')
      : [prev];
  } else {
    [row] = await trx(model.tableName).insert(parsed.values).returning('*');
  }
  for (const [name, ids] of Object.entries(parsed.many)) {
    const { table, from, to } = resource.serializer.specs[name]!.through!;
    await trx(table).where(from, row!.id as number).delete();
    if (ids.length) await trx(table).insert(ids.map((id) => ({ [from]: row!.id, [to]: id })));
  }
  for (const [kind, value] of Object.entries(parsed.provided))
    await c.registry.fieldProvider(kind as 'tags').save({ db: trx, baseUrl: '' }, model, row!, value);
  await model.afterSave(row!, prev, hook);
  await c.signals.send('post_save', { model, row: row!, prev, trx, requestId: c.requestId });
  return row!;
}

/** Re-reads written objects after commit and renders them for the response (plus any hook's response-only fields). */
async function renderWritten(c: RequestCradle, resource: Resource, ids: number[], db: Knex = c.knex, extras?: Map<number, Record<string, unknown>>): Promise<Json[]> {
  // The resource's queryShape too, so a write answers with what a read of the object shows.
  const qb = db(`${resource.model.tableName} as t`).select('t.*');
  resource.queryShape?.(qb);
  const rows: Row[] = await qb.whereIn('t.id', ids);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const ordered = ids.map((id) => byId.get(id)!).filter(Boolean);
  const rendered = await renderRows(resource.serializer, ordered, resource.serializer.fields, { db, registry: c.registry, baseUrl: c.baseUrl });
  return extras?.size ? rendered.map((json) => ({ ...json, ...extras.get(Number(json.id)) })) : rendered;
}

/** Creates objects (one per body) all-or-nothing; errors are reported per item. */
export async function createObjects(c: RequestCradle, resource: Resource, bodies: unknown[], opts: WriteOptions = {}): Promise<Json[]> {
  await c.permissions.require(c, resource.model, 'add');
  const extras = new Map<number, Record<string, unknown>>();
  const ids = await inTransaction(c, async (trx) => {
    let errors: FieldErrors[] = [];
    let written: Written[] = [];
    // Models with a batch clean take the set-based path (bulk-create.ts); the rest go item by item.
    if (resource.model.cleanMany) {
      const many = await createMany(c, trx, resource, bodies);
      ({ errors, written } = many);
      for (const [id, extra] of many.extras) extras.set(id, extra);
    } else for (const body of bodies) {
      try {
        const { parsed, extra } = await parseWithHooks(c, trx, resource, body, null, false);
        const row = await saveOne(c, trx, resource, parsed, null);
        if (extra) extras.set(Number(row.id), extra);
        written.push({ row, prev: null, action: 'create', message: messageOf(body) });
        errors.push({});
      } catch (err) {
        if (!(err instanceof ValidationError) || Array.isArray(err.errors)) throw err;
        errors.push(err.errors);
      }
    }
    if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(bodies.length === 1 ? errors[0]! : errors);
    const newIds = written.map((w) => Number(w.row.id));
    if (!(await c.permissions.allows(c, trx, resource.model, 'add', newIds))) throw forbidden();
    await recordChanges(c, trx, resource, written, new Map());
    return newIds;
  }, opts.trx);
  return renderWritten(c, resource, ids, opts.trx, extras);
}

/** Locks and returns the rows to change, restricted to what the user may `action`; 404 for any missing. */
async function lockRows(c: RequestCradle, trx: Knex.Transaction, resource: Resource, ids: number[], action: string): Promise<Map<number, Row>> {
  const { qb } = await baseQuery(c, resource, action, trx);
  const rows: Row[] = await qb.whereIn('t.id', ids).forUpdate();
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  if (ids.some((id) => !byId.has(id))) throw notFound();
  return byId;
}

/** Before-images for the change log and events (every model emits events: BaseModel has event_rules). */
async function renderPre(c: RequestCradle, trx: Knex.Transaction, target: { serializer?: Serializer }, rows: Row[]): Promise<Map<number, Json>> {
  const { serializer } = target;
  if (!serializer) return new Map();
  const rendered = await renderRows(serializer, rows, serializer.fields, { db: trx, registry: c.registry, baseUrl: '' });
  return new Map(rows.map((r, i) => [Number(r.id), rendered[i]!]));
}

/** Updates objects; `partial` is PATCH. Items are `{id, ...fields}`. */
export async function updateObjects(
  c: RequestCradle,
  resource: Resource,
  items: { id: number; body: unknown }[],
  partial: boolean,
  opts: WriteOptions = {},
): Promise<Json[]> {
  await c.permissions.require(c, resource.model, 'change');
  const ids = items.map((i) => i.id);
  const extras = new Map<number, Record<string, unknown>>();
  await inTransaction(c, async (trx) => {
    const existing = await lockRows(c, trx, resource, ids, 'change');
    if (items.length === 1) checkIfMatch(existing.get(ids[0]!)!, opts.ifMatch);
    const pre = await renderPre(c, trx, resource, [...existing.values()]);
    const errors: FieldErrors[] = [];
    const written: Written[] = [];
    for (const { id, body } of items) {
      try {
        const prev = existing.get(id)!;
        const { parsed, extra } = await parseWithHooks(c, trx, resource, body, prev, partial);
        const row = await saveOne(c, trx, resource, parsed, prev);
        if (extra) extras.set(id, extra);
        existing.set(id, row);
        written.push({ row, prev, action: 'update', message: messageOf(body) });
        errors.push({});
      } catch (err) {
        if (!(err instanceof ValidationError) || Array.isArray(err.errors)) throw err;
        errors.push(err.errors);
      }
    }
    if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(items.length === 1 ? errors[0]! : errors);
    if (!(await c.permissions.allows(c, trx, resource.model, 'change', ids))) throw forbidden();
    await recordChanges(c, trx, resource, written, pre);
  }, opts.trx);
  return renderWritten(c, resource, ids, opts.trx, extras);
}

/** Deletes objects; a protected reference answers 409 naming the dependents and deletes nothing. */
export async function deleteObjects(c: RequestCradle, resource: Resource, items: { id: number; message?: string }[], opts: WriteOptions = {}): Promise<void> {
  await c.permissions.require(c, resource.model, 'delete');
  const ids = items.map((i) => i.id);
  const model = resource.model;
  await inTransaction(c, async (trx) => {
    const existing = await lockRows(c, trx, resource, ids, 'delete');
    if (items.length === 1) checkIfMatch(existing.get(ids[0]!)!, opts.ifMatch);
    const dependents = await protectingDependents(trx, c.registry, model, ids);
    if (dependents.length) {
      const total = dependents.reduce((n, d) => n + d.count, 0);
      throw conflict(`Unable to delete object. ${total} dependent objects were found: ${dependents.map((d) => `${d.label} (${d.count})`).join(', ')}`);
    }
    const pre = await renderPre(c, trx, resource, [...existing.values()]);
    // Rows the database will cascade-delete: rendered now, logged after the delete like the rest.
    const cascaded = await collectCascade(trx, c.registry, model, ids);
    const cascadedPre = [];
    for (const group of cascaded) {
      const serializer = c.registry.serializers.get(group.model.label);
      cascadedPre.push({ group, serializer, pre: await renderPre(c, trx, { serializer }, group.rows) });
    }
    const hook: HookContext = { trx, userId: c.user?.id ?? null, request: c };
    for (const row of existing.values()) {
      await model.beforeRemove(row, hook);
      await c.signals.send('pre_delete', { model, row, trx, requestId: c.requestId });
    }
    await trx(model.tableName).whereIn('id', ids).delete();
    for (const row of existing.values()) await c.signals.send('post_delete', { model, row, trx, requestId: c.requestId });
    const written = items.map(({ id, message }) => ({ row: existing.get(id)!, prev: existing.get(id)!, action: 'delete' as const, message }));
    await recordChanges(c, trx, resource, written, pre);
    for (const { group, serializer, pre: groupPre } of cascadedPre) {
      const gone = group.rows.map((row) => ({ row, prev: row, action: 'delete' as const }));
      await recordChanges(c, trx, { model: group.model, serializer }, gone, groupPre);
    }
  }, opts.trx);
}
