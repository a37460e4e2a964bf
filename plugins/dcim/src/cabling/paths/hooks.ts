/**
 * The seam between cable writes and cable paths: cable updates and deletes call `cableChanged`
 * once per cable, cable creates call `cablesChanged` once per request (cable-batch.ts), so every
 * path the change affects is recomputed inside the same transaction (NetBox's trace_paths /
 * post_delete receivers in dcim/signals.py).
 */
import type { Knex } from '@patchbay/core';
import { CABLE, isPathEndpoint, nodeOf } from './nodes.js';
import { pathsThrough, retrace } from './retrace.js';

/** One cable's write, as the cable resource saw it (terminations after and before the write). */
export interface CableChange {
  cableId: number;
  terminations: { cable_end: 'A' | 'B'; termination_type: string; termination_id: number }[];
  previous: { cable_end: 'A' | 'B'; termination_type: string; termination_id: number }[];
  deleted: boolean;
  status: string;
}

/** Recomputes every path the cable change affects, in the write's transaction. */
export async function cableChanged(trx: Knex.Transaction, change: CableChange): Promise<void> {
  await cablesChanged(trx, [change]);
}

/**
 * The same for many cables at once, after all of them are written (a set-based bulk write):
 * one lookup of the affected paths and one recomputation for the whole batch.
 */
export async function cablesChanged(trx: Knex.Transaction, changes: CableChange[]): Promise<void> {
  const nodes: string[] = [];
  const origins: { type: string; id: number }[] = [];
  const excluded = new Set<number>();
  const known = new Map<number, Record<string, unknown>[]>();
  for (const change of changes) {
    const ends = [...change.terminations, ...change.previous].map((t) => ({ type: t.termination_type, id: Number(t.termination_id) }));
    // A new cable between endpoints is on no path yet, and its ends are on none but their own
    // (found through their `_path`); anything else may pass paths through the cable or its ends,
    // old or new (a path may have stopped at an uncabled pass-through port).
    const fresh = !change.deleted && !change.previous.length && ends.every((e) => isPathEndpoint(e.type));
    if (!fresh) nodes.push(nodeOf({ type: CABLE, id: change.cableId }), ...ends.map(nodeOf));
    if (change.deleted) {
      // A deleted cable starts no path and counts as gone.
      excluded.add(change.cableId);
      continue;
    }
    // Endpoints on the cable start their own paths.
    origins.push(...change.terminations.map((t) => ({ type: t.termination_type, id: Number(t.termination_id) })));
    // The cable's ends as just written (A before B, each in write order), so they are not read back.
    known.set(change.cableId, ['A', 'B'].flatMap((end) => change.terminations
      .filter((t) => t.cable_end === end)
      .map((t) => ({ cable_id: change.cableId, cable_end: end, termination_type: t.termination_type, termination_id: Number(t.termination_id), status: change.status }))));
  }
  await retrace(trx, { pathIds: await pathsThrough(trx, nodes), origins, excludeCables: excluded, knownCableEnds: known });
}
