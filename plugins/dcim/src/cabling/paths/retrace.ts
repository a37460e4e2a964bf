/**
 * Recomputes stored cable paths (NetBox's CablePath.retrace, create_cablepath and rebuild_paths in
 * one set-based step): given the paths a change may affect and the endpoints that may start new
 * ones, it traces each origin group again, updates paths in place (their ids are kept), inserts
 * new ones, deletes those that no longer start anywhere, and points each origin's `_path` at its
 * path. Paths whose trace did not change are not written.
 */
import type { Knex } from '@patchbay/core';
import { fromOrigin, traceCache, type TracedPath } from './from-origin.js';
import { PATH_ENDPOINTS, isPathEndpoint, loadTerms, nodeOf, parseNode, type NodeRef, type Term } from './nodes.js';

/** What to retrace. */
export interface RetraceInput {
  /** Stored paths to trace again from their origins. */
  pathIds: number[];
  /** Endpoints that may start a path (the ends of a new or changed cable). */
  origins: NodeRef[];
  /** Cables to treat as gone (being deleted). */
  excludeCables?: ReadonlySet<number>;
  /** Termination rows already known (the cable just written), by cable id, in NetBox's order. */
  knownCableEnds?: Map<number, Record<string, unknown>[]>;
}

/** Rows per multi-row INSERT / UPDATE … FROM (VALUES …) (a bulk create of many cables stays under 65,535 bindings). */
const ROW_CHUNK = 5000;

interface StoredPath extends TracedPath {
  id: number;
}

/** The ids of the stored paths passing any of the given nodes: one indexed query. */
export async function pathsThrough(trx: Knex, nodes: string[]): Promise<number[]> {
  if (!nodes.length) return [];
  const rows: { id: unknown }[] = await trx('dcim_cablepath').select('id').whereRaw('_nodes && ?::text[]', [nodes]);
  return rows.map((r) => Number(r.id));
}

/** Traces again every path of `input`; see the file comment. */
export async function retrace(trx: Knex, input: RetraceInput): Promise<void> {
  const excluded = input.excludeCables ?? new Set<number>();
  const endpointOrigins = input.origins.filter((o) => isPathEndpoint(o.type));
  // The new origins' current paths are affected too (their origin group may change).
  const fresh = await loadTerms(trx, endpointOrigins, (t) => PATH_ENDPOINTS[t]);
  const pathIds = new Set(input.pathIds);
  for (const t of fresh) if (t.row._path_id != null) pathIds.add(Number(t.row._path_id));
  if (!pathIds.size && !fresh.length) return;

  const stored: StoredPath[] = pathIds.size
    ? (await trx('dcim_cablepath').select('id', 'path', 'is_active', 'is_complete', 'is_split').whereIn('id', [...pathIds]).orderBy('id'))
      .map((r: Record<string, unknown>) => ({ ...(r as unknown as TracedPath), id: Number(r.id), path: parsePath(r.path) }))
    : [];
  // Every origin of the affected paths, plus the new ones.
  const originRefs: NodeRef[] = [];
  for (const p of stored) for (const node of p.path[0] ?? []) originRefs.push(parseNode(node));
  const known = new Set(fresh.map(nodeOf));
  const others = await loadTerms(trx, originRefs.filter((r) => !known.has(nodeOf(r)) && isPathEndpoint(r.type)), (t) => PATH_ENDPOINTS[t]);
  const all = [...others, ...fresh];

  // Origins still cabled, grouped as NetBox groups them: the objects on one end of one cable.
  const groups = new Map<string, Term[]>();
  for (const t of all) {
    const cable = t.row.cable_id != null && !excluded.has(Number(t.row.cable_id)) ? Number(t.row.cable_id) : null;
    if (cable === null) continue;
    const key = `${t.type}|${cable}|${t.row.cable_end}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }

  // Each group keeps the id of a path one of its origins had, when there is one still unclaimed.
  const claimed = new Set<number>();
  const storedById = new Map(stored.map((p) => [p.id, p]));
  const pathOfOrigin = new Map<string, number>();
  for (const p of stored) for (const node of p.path[0] ?? []) if (!pathOfOrigin.has(node)) pathOfOrigin.set(node, p.id);
  for (const t of all) if (t.row._path_id != null && storedById.has(Number(t.row._path_id))) pathOfOrigin.set(nodeOf(t), Number(t.row._path_id));

  const desired = new Map<string, number | null>();
  for (const t of all) desired.set(nodeOf(t), null);
  const inserts: { traced: TracedPath; members: Term[] }[] = [];
  const cache = traceCache(all);
  for (const [id, rows] of input.knownCableEnds ?? []) cache.cableEnds.set(id, rows);
  for (const members of groups.values()) {
    const traced = await fromOrigin(trx, members, { excludeCables: excluded, cache });
    if (!traced) continue;
    let id: number | undefined;
    for (const m of members) {
      const candidate = pathOfOrigin.get(nodeOf(m));
      if (candidate !== undefined && !claimed.has(candidate)) { id = candidate; break; }
    }
    if (id === undefined) {
      inserts.push({ traced, members });
      continue;
    }
    claimed.add(id);
    if (!samePath(storedById.get(id)!, traced)) await trx('dcim_cablepath').where('id', id).update(toColumns(traced));
    for (const m of members) desired.set(nodeOf(m), id);
  }
  const unclaimed = stored.filter((p) => !claimed.has(p.id)).map((p) => p.id);
  if (unclaimed.length) await trx('dcim_cablepath').whereIn('id', unclaimed).delete();
  // New paths in multi-row INSERTs (chunked: five bindings a path); RETURNING keeps VALUES order.
  for (let k = 0; k < inserts.length; k += ROW_CHUNK) {
    const part = inserts.slice(k, k + ROW_CHUNK);
    const ids: { id: unknown }[] = await trx('dcim_cablepath').insert(part.map((i) => toColumns(i.traced))).returning('id');
    part.forEach((ins, i) => { for (const m of ins.members) desired.set(nodeOf(m), Number(ids[i]!.id)); });
  }
  await pointOrigins(trx, all, desired, new Set(unclaimed));
}

/** Sets each origin's `_path` where it differs: one UPDATE … FROM (VALUES …) per table. */
async function pointOrigins(trx: Knex, origins: Term[], desired: Map<string, number | null>, deleted: Set<number>): Promise<void> {
  const updates = new Map<string, [number, number | null][]>();
  for (const t of origins) {
    const want = desired.get(nodeOf(t)) ?? null;
    const has = t.row._path_id == null || deleted.has(Number(t.row._path_id)) ? null : Number(t.row._path_id);
    if (want === has) continue;
    const table = PATH_ENDPOINTS[t.type]!;
    updates.set(table, [...(updates.get(table) ?? []), [t.id, want]]);
  }
  for (const [table, all] of updates) {
    for (let k = 0; k < all.length; k += ROW_CHUNK) {
      const pairs = all.slice(k, k + ROW_CHUNK);
      await trx.raw(
        `UPDATE ?? AS t SET _path_id = v.p FROM (VALUES ${pairs.map(() => '(?::bigint, ?::bigint)').join(', ')}) AS v(id, p) WHERE t.id = v.id`,
        [table, ...pairs.flat()],
      );
    }
  }
}

function toColumns(p: TracedPath): Record<string, unknown> {
  return {
    path: JSON.stringify(p.path), is_active: p.is_active, is_complete: p.is_complete, is_split: p.is_split, _nodes: p.path.flat(),
  };
}

function samePath(a: TracedPath, b: TracedPath): boolean {
  return a.is_active === b.is_active && a.is_complete === b.is_complete && a.is_split === b.is_split
    && JSON.stringify(a.path) === JSON.stringify(b.path);
}

/** jsonb arrives parsed from pg and as text from some drivers. */
export function parsePath(value: unknown): string[][] {
  return (typeof value === 'string' ? JSON.parse(value) : value ?? []) as string[][];
}
