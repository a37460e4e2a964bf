/**
 * Writes of single cable terminations through `/api/dcim/cable-terminations/` (NetBox exposes
 * full CRUD): CableTermination.clean() before the save, the object's cable and the cached
 * relations after it, and the paths of the cable recomputed.
 */
import type { HookContext, Knex, ResourceDefinition } from '@patchbay/core';
import { CABLE_TERMINATION_MODELS, type TerminationRef } from './constants.js';
import { cacheRelations, checkTerminations, detach, refsOfCable, tableOf } from './terminations.js';
import { cableChanged } from './paths/hooks.js';

type Row = Record<string, unknown>;
type WriteHooks = NonNullable<ResourceDefinition['hooks']>;

const refOf = (r: Row): TerminationRef => ({ cable_end: r.cable_end as 'A' | 'B', termination_type: String(r.termination_type), termination_id: Number(r.termination_id) });
const strip = (r: TerminationRef) => ({ cable_end: r.cable_end, termination_type: r.termination_type, termination_id: r.termination_id });

/** The cable-termination resource's hook: NetBox's CableTermination.clean() on the merged row. */
export const cableTerminationHooks: WriteHooks = {
  async beforeSave({ c, trx, prev, parsed }) {
    const row: Row = { ...(prev ?? {}), ...parsed.values };
    const type = row.termination_type as string | undefined;
    // Unknown types and missing objects are reported by core's generic-relation check.
    if (!type || !CABLE_TERMINATION_MODELS.includes(type) || !c.registry.models.get(type) || row.termination_id == null) return;
    const object = await trx(tableOf(c.registry, type)).where('id', row.termination_id as number).first();
    if (!object || row.cable_id == null) return;
    if (prev && prev.termination_type === type && Number(prev.termination_id) === Number(row.termination_id)) return;
    // An object already on a cable is the unique (termination_type, termination_id) check's to report, as DRF's validator does first in NetBox.
    const taken = await trx('dcim_cabletermination').select('id').where({ termination_type: type, termination_id: row.termination_id as number })
      .first();
    if (taken) return;
    const ref = { cable_end: row.cable_end as 'A' | 'B', termination_type: type, termination_id: Number(row.termination_id) };
    await checkTerminations(trx, [{ ref, object }], Number(row.cable_id));
  },
};

/** Recomputes the paths of a cable whose terminations changed (its terminations now and before). */
async function notify(trx: Knex.Transaction, cableId: number, before: TerminationRef[]): Promise<void> {
  const cable = await trx('dcim_cable').select('status').where('id', cableId).first();
  if (!cable) return;
  const after = await refsOfCable(trx, cableId);
  await cableChanged(trx, { cableId, terminations: after.map(strip), previous: before.map(strip), deleted: false, status: String(cable.status) });
}

/** CableTermination.afterSave: the old object (on update) lets go, the new one takes the cable; caches; paths. */
export async function terminationSaved(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  const registry = ctx.request.registry;
  const cableId = Number(row.cable_id);
  const movedFrom = prev && Number(prev.cable_id) !== cableId ? Number(prev.cable_id) : null;
  const before: TerminationRef[] = (await refsOfCable(ctx.trx, cableId)).filter((r) => r.id !== Number(row.id));
  if (prev) {
    await detach(ctx.trx, registry, [refOf(prev)], false);
    if (movedFrom === null) before.push(refOf(prev));
  }
  const table = tableOf(registry, String(row.termination_type));
  const object = await ctx.trx(table).where('id', row.termination_id as number).first();
  await cacheRelations(ctx.trx, Number(row.id), object ?? {});
  await ctx.trx(table).update({ cable_id: cableId, cable_end: row.cable_end }).where('id', row.termination_id as number);
  if (movedFrom !== null) await notify(ctx.trx, movedFrom, [...(await refsOfCable(ctx.trx, movedFrom)), refOf(prev!)]);
  await notify(ctx.trx, cableId, before);
}

/** CableTermination.beforeRemove: the object lets go of the cable; the cable's paths are recomputed. */
export async function terminationRemoved(row: Row, ctx: HookContext): Promise<void> {
  const registry = ctx.request.registry;
  const before = await refsOfCable(ctx.trx, Number(row.cable_id));
  await detach(ctx.trx, registry, [refOf(row)]);
  await notify(ctx.trx, Number(row.cable_id), before);
}
