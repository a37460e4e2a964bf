/**
 * Path upkeep when ports change outside cable writes (NetBox's dcim/signals.py receivers): a new
 * front port extends the paths ending at its rear port, a re-mapped front port re-routes the paths
 * through it, and a deleted port, device or module shortens the paths that ran through it.
 */
import type { Knex } from '@patchbay/core';
import type { PluginContext } from '@patchbay/core';
import { CABLE, CABLED_TABLES, FRONT_PORT, REAR_PORT, nodeOf } from './nodes.js';
import { pathsThrough, retrace } from './retrace.js';

/** Retraces the paths through one object that has just been deleted (or changed). */
export async function objectRemoved(trx: Knex, label: string, id: number): Promise<void> {
  const pathIds = await pathsThrough(trx, [nodeOf({ type: label, id })]);
  if (pathIds.length) await retrace(trx, { pathIds, origins: [] });
}

/** Component tables with a module, for the cables a module's deletion cuts. */
const MODULE_TABLES = Object.entries(CABLED_TABLES).filter(([label]) => label !== 'dcim.powerfeed').map(([, table]) => table);

/** Paths through objects about to be deleted with their parent, kept per transaction until it is gone. */
const pending = new WeakMap<Knex, Map<string, number[]>>();

/**
 * Retraces, after a `label` row is deleted, the paths through the nodes `nodesOf` names before
 * the delete (the parent's components or terminations go with it by cascade, without signals).
 */
export function retraceAcrossDelete(signals: PluginContext['signals'], label: string, nodesOf: (trx: Knex, row: Record<string, unknown>) => Promise<string[]>): void {
  signals.on('pre_delete', async ({ row, trx }) => {
    const pathIds = await pathsThrough(trx, await nodesOf(trx, row));
    if (!pathIds.length) return;
    const map = pending.get(trx) ?? new Map<string, number[]>();
    map.set(`${label}:${row.id}`, pathIds);
    pending.set(trx, map);
  }, { model: label });
  signals.on('post_delete', async ({ row, trx }) => {
    const pathIds = pending.get(trx)?.get(`${label}:${row.id}`);
    if (!pathIds) return;
    pending.get(trx)!.delete(`${label}:${row.id}`);
    const alive: { id: unknown }[] = await trx('dcim_cablepath').select('id').whereIn('id', pathIds);
    if (alive.length) await retrace(trx, { pathIds: alive.map((r) => Number(r.id)), origins: [] });
  }, { model: label });
}

/** The cables on a device's or module's components (the paths through them pass its ports). */
async function cablesOf(trx: Knex, label: string, id: number): Promise<string[]> {
  const ids: number[] = [];
  if (label === 'dcim.device') {
    const rows: { cable_id: unknown }[] = await trx('dcim_cabletermination').distinct('cable_id').where('_device_id', id);
    ids.push(...rows.map((r) => Number(r.cable_id)));
  } else {
    for (const table of MODULE_TABLES) {
      const rows: { cable_id: unknown }[] = await trx(table).select('cable_id').where('module_id', id).whereNotNull('cable_id');
      ids.push(...rows.map((r) => Number(r.cable_id)));
    }
  }
  return ids.map((cable) => nodeOf({ type: CABLE, id: cable }));
}

/** Subscribes the path upkeep to the dcim models' signals. */
export function registerPathSignals({ signals }: PluginContext): void {
  signals.on('post_save', async ({ row, prev, trx }) => {
    const nodes = [nodeOf({ type: REAR_PORT, id: Number(row.rear_port_id) })];
    if (prev) {
      if (String(prev.rear_port_id) === String(row.rear_port_id) && String(prev.rear_port_position) === String(row.rear_port_position)) return;
      nodes.push(nodeOf({ type: FRONT_PORT, id: Number(row.id) }), nodeOf({ type: REAR_PORT, id: Number(prev.rear_port_id) }));
    }
    const pathIds = await pathsThrough(trx, nodes);
    if (pathIds.length) await retrace(trx, { pathIds, origins: [] });
  }, { model: FRONT_PORT });

  for (const label of Object.keys(CABLED_TABLES))
    signals.on('post_delete', ({ row, trx }) => objectRemoved(trx, label, Number(row.id)), { model: label });

  for (const label of ['dcim.device', 'dcim.module'])
    retraceAcrossDelete(signals, label, (trx, row) => cablesOf(trx, label, Number(row.id)));
}
