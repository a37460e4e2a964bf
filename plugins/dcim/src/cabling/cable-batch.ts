/**
 * New cables, set-based (a bulk POST of 1,000 cables): Cable.cleanMany looks up every cable's end
 * objects in one query per object type and runs NetBox's Cable.clean() on each in memory;
 * Cable.afterSaveMany stores every termination in one INSERT, points the objects at their cables
 * with one UPDATE per object type, records the terminations' changes in one go and recomputes the
 * paths of the whole batch at once. Updates keep the per-cable path (cable-writes.ts).
 */
import { ValidationError, recordCreatedObjects, type FieldErrors, type HookContext } from '@patchbay/core';
import { NEW_ENDS, checkEnds, key, refsToFetch, resolveParsed, type ParsedEnds } from './cable-writes.js';
import { attachMany, fetchObjects, type Resolved } from './terminations.js';
import { cablesChanged } from './paths/hooks.js';

type Row = Record<string, unknown>;

/** The parsed ends a row's beforeSave left on it (rows made in code have none). */
const endsOf = (row: Row): ParsedEnds | undefined => (row as Record<symbol, unknown>)[NEW_ENDS] as ParsedEnds | undefined;

/** A ValidationError about one cable becomes its entry; anything else aborts the request. */
function asItemError(err: unknown): FieldErrors {
  if (!(err instanceof ValidationError) || Array.isArray(err.errors)) throw err;
  return err.errors;
}

/** Cable.clean() and the ends' checks for new cables, in the per-cable order of messages; see the file comment. */
export async function cleanNewCables(rows: Row[], ctx: HookContext): Promise<(FieldErrors | undefined)[]> {
  const registry = ctx.request.registry;
  const parsed = rows.map(endsOf);
  const objects = await fetchObjects(ctx.trx, registry, parsed.flatMap((p) => (p ? refsToFetch(p) : [])));
  const out: (FieldErrors | undefined)[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    try {
      if (row.length != null && !row.length_unit) throw ValidationError.nonField('Must specify a unit when setting a cable length');
      const { A: a, B: b } = parsed[i] ? resolveParsed(parsed[i]!, objects) : {};
      if (!a?.length || !b?.length) throw ValidationError.nonField('Must define A and B terminations when creating a new cable.');
      // Every object was fetched with its current termination, so these checks read nothing more.
      await checkEnds(ctx.trx, a, b, null);
      parsed[i]!.resolved = [...a, ...b];
      out.push(undefined);
    } catch (err) {
      out.push(asItemError(err));
    }
  }
  return out;
}

/**
 * Stores the new cables' terminations and recomputes their paths. An object claimed by two cables
 * of the batch is refused on the later one with the message a second request would get (the first
 * cable's id is known now, hence here rather than in clean).
 */
export async function saveNewCables(rows: Row[], ctx: HookContext, values: Row[]): Promise<(FieldErrors | undefined)[]> {
  const errors: (FieldErrors | undefined)[] = rows.map(() => undefined);
  const owner = new Map<string, number>();
  const batch: { cableId: number; ends: Resolved[]; status: string }[] = [];
  rows.forEach((row, k) => {
    const cableId = Number(row.id);
    const ends = endsOf(values[k]!)?.resolved ?? [];
    const dup = ends.find((e) => owner.has(key(e.ref)));
    if (dup) {
      errors[k] = { non_field_errors: [`Duplicate termination found for ${dup.ref.termination_type} ${dup.ref.termination_id}: cable ${owner.get(key(dup.ref))}`] };
      return;
    }
    for (const e of ends) owner.set(key(e.ref), cableId);
    batch.push({ cableId, ends, status: String(row.status) });
  });
  // The request fails as a whole: nothing more to write.
  if (errors.some(Boolean)) return errors;
  const c = ctx.request;
  const created = await attachMany(ctx.trx, c.registry, batch);
  await recordCreatedObjects(c, ctx.trx, c.registry.models.require('dcim.cabletermination'), created);
  const strip = (e: Resolved) => ({ cable_end: e.ref.cable_end, termination_type: e.ref.termination_type, termination_id: e.ref.termination_id });
  await cablesChanged(ctx.trx, batch.map((b) => ({ cableId: b.cableId, terminations: b.ends.map(strip), previous: [], deleted: false, status: b.status })));
  return errors;
}
