/**
 * A cable's terminations on write (NetBox's CableSerializer + Cable.clean/save): on update the A
 * and B ends are parsed and validated by the resource's `beforeSave` hook, kept for the write's
 * transaction, and stored by `Cable.afterSave` once the cable row exists; then the paths are
 * recomputed. New cables are parsed here and checked and stored per batch (cable-batch.ts).
 */
import { ValidationError, recordCreatedObjects, recordDeletedObjects, type HookContext, type Knex, type Registry, type RequestCradle, type ResourceDefinition } from '@patchbay/core';
import { CABLE_TERMINATION_MODELS, COMPATIBLE_TERMINATION_TYPES, METRES_PER_UNIT, type TerminationRef } from './constants.js';
import { attachAll, checkTerminations, detach, fetchObjects, refsOfCable, type Resolved } from './terminations.js';
import { cableChanged } from './paths/hooks.js';

type Row = Record<string, unknown>;
type WriteHooks = NonNullable<ResourceDefinition['hooks']>;

/** The OpenAPI schema of `a_terminations` / `b_terminations` (NetBox's GenericObjectSerializer, many). */
export const terminationSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      object_type: { type: 'string' },
      object_id: { type: 'integer', minimum: 0 },
      object: { type: 'object', readOnly: true, additionalProperties: {} },
    },
    required: ['object_type', 'object_id', 'object'],
  },
};

/** The request schema of an end (a list of NetBox's GenericObjectRequest); cableHooks.beforeSave parses it. */
export const terminationWriteSchema = {
  type: 'array',
  items: {
    type: 'object',
    description: 'Minimal representation of some generic object identified by ContentType and PK.',
    properties: { object_type: { type: 'string' }, object_id: { type: 'integer' } },
    required: ['object_id', 'object_type'],
  },
};

interface Pending { ends?: Resolved[]; status: string }

/**
 * Where a new cable's parsed ends travel from beforeSave to Cable.cleanMany / afterSaveMany: a
 * symbol key on the parsed values, which copies of them keep and which no INSERT sees.
 */
export const NEW_ENDS = Symbol('cable.newEnds');

/** What beforeSave validated, waiting for the cable row (a write's objects are saved one at a time). */
const pending = new WeakMap<Knex.Transaction, Pending>();

/** One parsed item of an end: its ref and its own errors. */
export type Item = { ref: TerminationRef; errors: Record<string, string[]> };

/** NetBox's GenericObjectSerializer.to_internal_value for each item of one end (its syntax; objects are fetched later). */
function parseEnd(name: string, end: 'A' | 'B', value: unknown, registry: Registry, errors: Record<string, unknown>): Item[] {
  if (!Array.isArray(value)) {
    errors[name] = [`Expected a list of items but got type "${value === null ? 'null' : typeof value}".`];
    return [];
  }
  return value.map((item): Item => {
    const err: Record<string, string[]> = {};
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      err.non_field_errors = [`Invalid data. Expected a dictionary, but got ${Array.isArray(item) ? 'list' : typeof item}.`];
      return { ref: { cable_end: end, termination_type: '', termination_id: 0 }, errors: err };
    }
    const { object_type: type, object_id: rawId } = item as Row;
    if (type === undefined) err.object_type = ['This field is required.'];
    else if (typeof type !== 'string' || !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(type)) err.object_type = ["Invalid value. Specify a content type as '<app_label>.<model_name>'."];
    else if (!registry.models.get(type)) err.object_type = [`Invalid content type: ${type}`];
    const id = typeof rawId === 'string' && /^\d+$/.test(rawId) ? Number(rawId) : rawId;
    if (rawId === undefined) err.object_id = ['This field is required.'];
    else if (typeof id !== 'number' || !Number.isSafeInteger(id)) err.object_id = ['A valid integer is required.'];
    return { ref: { cable_end: end, termination_type: String(type), termination_id: Number(id) }, errors: err };
  });
}

/** Both given ends, parsed (their syntax) but not yet looked up; errors are collected per end. */
export interface ParsedEnds {
  A?: Item[];
  B?: Item[];
  errors: Record<string, unknown>;
  /** Both ends resolved and checked (set by the batch clean, read by the batch save). */
  resolved?: Resolved[];
}

/** Parses the given ends (no queries), so a bulk create can look up every cable's objects at once. */
export function parseEnds(registry: Registry, given: { A?: unknown; B?: unknown }): ParsedEnds {
  const errors: Record<string, unknown> = {};
  return {
    A: given.A === undefined ? undefined : parseEnd('a_terminations', 'A', given.A, registry, errors),
    B: given.B === undefined ? undefined : parseEnd('b_terminations', 'B', given.B, registry, errors),
    errors,
  };
}

/** The refs of parsed ends worth looking up (those without syntax errors). */
export function refsToFetch(p: ParsedEnds): TerminationRef[] {
  return [...(p.A ?? []), ...(p.B ?? [])].filter((i) => !Object.keys(i.errors).length).map((i) => i.ref);
}

/** Parsed ends matched with their fetched objects (per-item errors in DRF's list form, per end); throws them. */
export function resolveParsed(p: ParsedEnds, objects: Map<string, Row>): { A?: Resolved[]; B?: Resolved[] } {
  const errors = { ...p.errors };
  const out: { A?: Resolved[]; B?: Resolved[] } = {};
  for (const end of ['A', 'B'] as const) {
    const list = p[end];
    if (!list) continue;
    out[end] = [];
    for (const item of list) {
      const object = Object.keys(item.errors).length ? undefined : objects.get(key(item.ref));
      if (!Object.keys(item.errors).length && !object) item.errors.object_id = [`Invalid pk "${item.ref.termination_id}" - object does not exist.`];
      if (object) out[end]!.push({ ref: item.ref, object });
    }
    if (list.some((i) => Object.keys(i.errors).length)) errors[end === 'A' ? 'a_terminations' : 'b_terminations'] = list.map((i) => i.errors);
  }
  if (Object.keys(errors).length) throw new ValidationError(errors as Record<string, string[]>);
  return out;
}

/** Both given ends, resolved to their objects (one query per object type). */
async function resolveEnds(trx: Knex, registry: Registry, given: { A?: unknown; B?: unknown }): Promise<{ A?: Resolved[]; B?: Resolved[] }> {
  const parsed = parseEnds(registry, given);
  return resolveParsed(parsed, await fetchObjects(trx, registry, refsToFetch(parsed)));
}

export const key = (r: { termination_type: string; termination_id: number }) => `${r.termination_type}:${r.termination_id}`;
const modelName = (type: string) => type.split('.')[1]!;

/** NetBox's Cable.clean() for modified terminations (CableTermination.clean() of each included). */
export async function checkEnds(trx: Knex, a: Resolved[], b: Resolved[], cableId: number | null): Promise<void> {
  for (const terms of [a, b])
    if (terms.length > 1 && terms.some((t) => t.ref.termination_type !== terms[0]!.ref.termination_type))
      throw ValidationError.nonField('Cannot connect different termination types to same end of cable.');
  if (a.length && b.length) {
    const aType = modelName(a[0]!.ref.termination_type);
    const bType = modelName(b[0]!.ref.termination_type);
    const allowed = CABLE_TERMINATION_MODELS.includes(a[0]!.ref.termination_type) && CABLE_TERMINATION_MODELS.includes(b[0]!.ref.termination_type)
      ? COMPATIBLE_TERMINATION_TYPES[aType] ?? [] : [];
    if (!allowed.includes(bType)) throw ValidationError.nonField(`Incompatible termination types: ${aType} and ${bType}`);
    if (aType === bType) {
      const aKeys = new Set(a.map((t) => key(t.ref)));
      if (b.some((t) => aKeys.has(key(t.ref)))) throw ValidationError.nonField('A and B terminations cannot connect to the same object.');
    }
  } else {
    for (const t of [...a, ...b])
      if (!CABLE_TERMINATION_MODELS.includes(t.ref.termination_type))
        throw ValidationError.nonField(`Incompatible termination types: ${modelName(t.ref.termination_type)}`);
  }
  await checkTerminations(trx, [...a, ...b], cableId);
}

/** The cable resource's write hooks: parse and validate the ends, normalise the length. */
export const cableHooks: WriteHooks = {
  async beforeSave({ c, trx, body, prev, parsed }) {
    const values = parsed.values;
    const merged: Row = { ...(prev ?? {}), ...values };
    // NetBox's Cable.save(): no length, no unit; the length in metres for ordering.
    if (merged.length == null) values.length_unit = null;
    const unit = merged.length == null ? null : (merged.length_unit as string | null);
    values._abs_length = merged.length != null && unit ? Number(merged.length) * (METRES_PER_UNIT[unit] ?? 1) : null;
    if (merged.length != null && !merged.length_unit) throw ValidationError.nonField('Must specify a unit when setting a cable length');

    const given = { a: body.a_terminations, b: body.b_terminations };
    // A new cable's ends are looked up and checked with the rest of its batch (cable-batch.ts).
    if (!prev) { (values as Record<symbol, unknown>)[NEW_ENDS] = parseEnds(c.registry, { A: given.a, B: given.b }); return; }
    const { A: a, B: b } = await resolveEnds(trx, c.registry, { A: given.a, B: given.b });
    if (!prev && (!a?.length || !b?.length)) throw ValidationError.nonField('Must define A and B terminations when creating a new cable.');
    const status = String(merged.status ?? 'connected');
    if (a === undefined && b === undefined) { pending.set(trx, { status }); return; }
    const current = prev ? await refsOfCable(trx, Number(prev.id)) : [];
    // An end not given keeps its objects (fetched to check them against the new other end).
    const kept = a && b ? new Map<string, Row>() : await fetchObjects(trx, c.registry, current.filter((r) => (r.cable_end === 'A' ? !a : !b)));
    const resolveCurrent = (end: 'A' | 'B'): Resolved[] => current.filter((r) => r.cable_end === end)
      .flatMap((ref) => (kept.has(key(ref)) ? [{ ref, object: kept.get(key(ref))! }] : []));
    const aEnd = a ?? resolveCurrent('A');
    const bEnd = b ?? resolveCurrent('B');
    const same = (x: Resolved[], end: 'A' | 'B') => {
      const now = new Set(current.filter((r) => r.cable_end === end).map(key));
      return x.length === now.size && x.every((t) => now.has(key(t.ref)));
    };
    const modified = !prev || !same(aEnd, 'A') || !same(bEnd, 'B');
    if (modified) await checkEnds(trx, aEnd, bEnd, prev ? Number(prev.id) : null);
    pending.set(trx, { ends: modified ? [...aEnd, ...bEnd] : undefined, status });
  },
};

/** Cable.afterSave on update (creates are stored per batch by cable-batch.ts): stores changed terminations (stale ones go, new ones come) and recomputes the paths. */
export async function cableSaved(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  const work = pending.get(ctx.trx);
  pending.delete(ctx.trx);
  const c = ctx.request as RequestCradle;
  const cableId = Number(row.id);
  const previous = prev ? await refsOfCable(ctx.trx, cableId) : [];
  if (work?.ends) {
    const wanted = new Map(work.ends.map((t) => [`${t.ref.cable_end}:${key(t.ref)}`, t]));
    const stale = previous.filter((r) => !wanted.has(`${r.cable_end}:${key(r)}`));
    const terminationModel = c.registry.models.require('dcim.cabletermination');
    // NetBox change-logs each removed CableTermination: logged (rendered) before its row goes.
    if (stale.length)
      await recordDeletedObjects(c, ctx.trx, terminationModel, await ctx.trx('dcim_cabletermination').whereIn('id', stale.map((r) => r.id)).orderBy('id'));
    await detach(ctx.trx, c.registry, stale);
    const kept = new Set(previous.map((r) => `${r.cable_end}:${key(r)}`));
    const created = await attachAll(ctx.trx, c.registry, cableId, [...wanted].filter(([k]) => !kept.has(k)).map(([, t]) => t));
    await recordCreatedObjects(c, ctx.trx, terminationModel, created);
  } else if (!prev || String(prev.status) === String(row.status)) {
    return;
  }
  const strip = (r: TerminationRef) => ({ cable_end: r.cable_end, termination_type: r.termination_type, termination_id: r.termination_id });
  const after = work?.ends ? work.ends.map((t) => strip(t.ref)) : previous.map(strip);
  await cableChanged(ctx.trx, { cableId, terminations: after, previous: previous.map(strip), deleted: false, status: String(row.status) });
}

/** Cable.beforeRemove: the ends' objects lose the cable, then the paths through it are recomputed. */
export async function cableRemoved(trx: Knex.Transaction, row: Row, registry: Registry): Promise<void> {
  const previous = await refsOfCable(trx, Number(row.id));
  await detach(trx, registry, previous);
  await cableChanged(trx, {
    cableId: Number(row.id), terminations: [], deleted: true, status: String(row.status),
    previous: previous.map((r) => ({ cable_end: r.cable_end, termination_type: r.termination_type, termination_id: r.termination_id })),
  });
}
