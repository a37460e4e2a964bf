/**
 * NetBox's CablePath.from_origin: follows a path from its origin objects, hop by hop, through
 * cables, front/rear port pass-throughs (with rear port positions) and registered pass-throughs
 * (circuit terminations). Each hop costs a fixed number of queries whatever the number of objects
 * in it: the cables and their far ends in one, the far-end objects in one per model, the next
 * pass-through ports in one.
 */
import type { Knex } from '@patchbay/core';
import { CABLE, FRONT_PORT, REAR_PORT, loadTerms, nodeOf, type NodeRef, type Term } from './nodes.js';
import { cabledTableOf, passThroughOf } from './pass-through.js';

/** A traced path, as stored in dcim_cablepath. */
export interface TracedPath {
  path: string[][];
  is_active: boolean;
  is_complete: boolean;
  is_split: boolean;
}

/** Cables to treat as already gone (a cable being deleted). */
export interface TraceOptions {
  excludeCables?: ReadonlySet<number>;
  /** Rows already read in this recomputation (several origin groups share cables and objects). */
  cache?: TraceCache;
}

/** Rows read while tracing, shared by the traces of one recomputation (nothing they hold changes meanwhile). */
export interface TraceCache {
  /** node → its object's row */
  terms: Map<string, Record<string, unknown>>;
  /** cable id → its termination rows (with the cable's status) */
  cableEnds: Map<number, Record<string, unknown>[]>;
}

/** A fresh cache holding the given objects. */
export function traceCache(terms: Term[] = []): TraceCache {
  return { terms: new Map(terms.map((t) => [nodeOf(t), t.row])), cableEnds: new Map() };
}

/** The termination rows of some cables with their status, in NetBox's order (cable, end, pk); cached ones are not read again. */
async function cableEnds(trx: Knex, cables: number[], cache: TraceCache): Promise<Record<string, unknown>[]> {
  const missing = cables.filter((id) => !cache.cableEnds.has(id));
  if (missing.length) {
    const rows: Record<string, unknown>[] = await trx('dcim_cabletermination as ct')
      .join('dcim_cable as c', 'c.id', 'ct.cable_id')
      .select('ct.cable_id', 'ct.cable_end', 'ct.termination_type', 'ct.termination_id', 'c.status')
      .whereIn('ct.cable_id', missing)
      .orderBy(['ct.cable_id', 'ct.cable_end', 'ct.id']);
    for (const id of missing) cache.cableEnds.set(id, []);
    for (const r of rows) cache.cableEnds.get(Number(r.cable_id))!.push(r);
  }
  return [...cables].sort((a, b) => a - b).flatMap((id) => cache.cableEnds.get(id)!);
}

/** loadTerms through the cache. */
async function cachedTerms(trx: Knex, refs: NodeRef[], cache: TraceCache): Promise<Term[]> {
  const fresh = await loadTerms(trx, refs.filter((r) => !cache.terms.has(nodeOf(r))), cabledTableOf);
  for (const t of fresh) cache.terms.set(nodeOf(t), t.row);
  const seen = new Set<string>();
  return refs.flatMap((r) => {
    const key = nodeOf(r);
    const row = cache.terms.get(key);
    if (!row || seen.has(key)) return [];
    seen.add(key);
    return [{ type: r.type, id: r.id, row }];
  });
}

const PORT_ORDER = ['device_id', '_name'];

/** Traces the path starting at `origins` (objects on one end of one cable); null when they are not cabled. */
export async function fromOrigin(trx: Knex, origins: Term[], opts: TraceOptions = {}): Promise<TracedPath | null> {
  const excluded = opts.excludeCables ?? new Set<number>();
  const cache = opts.cache ?? traceCache();
  const linkOf = (row: Record<string, unknown>): number | null =>
    row.cable_id != null && !excluded.has(Number(row.cable_id)) ? Number(row.cable_id) : null;
  const path: string[][] = [];
  const positionStack: number[][] = [];
  let isComplete = false;
  let isActive = true;
  let isSplit = false;
  let terms = origins;

  while (terms.length) {
    // A rear port fanning out to several front ports with different cables: split.
    const distinctLinks = new Set(terms.map((t) => linkOf(t.row)));
    if (distinctLinks.size > 1 && positionStack.length && terms.length !== positionStack.at(-1)!.length) {
      isSplit = true;
      break;
    }
    // Step 1: the near ends.
    path.push(terms.map(nodeOf));
    // Step 2: their cables.
    const links = terms.map((t) => linkOf(t.row)).filter((l): l is number => l !== null);
    if (!links.length) {
      if (path.length === 1) return null;
      break;
    }
    // Step 3: some near ends not cabled: asymmetric, recorded as split.
    if (links.length < terms.length) {
      isComplete = false;
      isSplit = true;
    }
    // Step 4: the cables, in order, once each.
    const cables = [...new Set(links)];
    path.push(cables.map((id) => nodeOf({ type: CABLE, id })));
    // Steps 5 and 6: cable statuses and the far-end terminations, in one query.
    const rows = await cableEnds(trx, cables, cache);
    if (rows.some((r) => r.status !== 'connected')) isActive = false;
    const nearIds = new Set(terms.map((t) => t.id));
    const nearType = terms[0]!.type;
    const local = rows.filter((r) => r.termination_type === nearType && nearIds.has(Number(r.termination_id)));
    const remoteRefs: NodeRef[] = rows
      .filter((r) => local.some((l) => Number(l.cable_id) === Number(r.cable_id) && l.cable_end !== r.cable_end))
      .map((r) => ({ type: String(r.termination_type), id: Number(r.termination_id) }));
    // Far ends of different kinds: unsupported, recorded as split.
    if (remoteRefs.some((r) => r.type !== remoteRefs[0]!.type)) {
      isComplete = false;
      isSplit = true;
      break;
    }
    const remote = await cachedTerms(trx, remoteRefs, cache);
    // Step 7: the far ends.
    path.push(remote.map(nodeOf));
    if (!remote.length) break;
    // Step 8: the next hop.
    const farType = remote[0]!.type;
    if (farType === FRONT_PORT) {
      const rearIds = [...new Set(remote.map((t) => Number(t.row.rear_port_id)))];
      const ordered = byDeviceAndName(await cachedTerms(trx, rearIds.map((id) => ({ type: REAR_PORT, id })), cache));
      if (ordered.length > 1 || Number(ordered[0]?.row.positions ?? 1) > 1)
        positionStack.push(remote.map((fp) => Number(fp.row.rear_port_position)));
      terms = ordered;
    } else if (farType === REAR_PORT) {
      let fronts: Record<string, unknown>[];
      if (remote.length === 1 && Number(remote[0]!.row.positions) === 1) {
        fronts = await trx('dcim_frontport').select('*').where({ rear_port_id: remote[0]!.id, rear_port_position: 1 }).orderBy([...PORT_ORDER, 'id']);
      } else if (remote.length > 1 && positionStack.length) {
        // NetBox pairs the far rear ports with the stacked positions taken from the end of the list.
        const positions = [...positionStack.pop()!];
        const pairs = remote.map((rt) => [rt.id, positions.pop() ?? -1] as const);
        fronts = await trx('dcim_frontport').select('*')
          .where((qb: Knex.QueryBuilder) => { for (const [rp, pos] of pairs) qb.orWhere({ rear_port_id: rp, rear_port_position: pos }); })
          .orderBy([...PORT_ORDER, 'id']);
      } else if (positionStack.length) {
        fronts = await trx('dcim_frontport').select('*').where('rear_port_id', remote[0]!.id)
          .whereIn('rear_port_position', positionStack.pop()!).orderBy([...PORT_ORDER, 'id']);
      } else {
        // No position to follow: the path splits at the rear port.
        isSplit = true;
        break;
      }
      terms = fronts.map((row) => ({ type: FRONT_PORT, id: Number(row.id), row }));
    } else if (passThroughOf(farType)) {
      const step = await passThroughOf(farType)!.resolve(trx, remote, { linkOf });
      if ('split' in step) {
        isSplit = true;
        break;
      }
      if ('stop' in step) break;
      if ('extend' in step) {
        path.push(...step.extend);
        if (step.complete) isComplete = true;
        break;
      }
      terms = step.next;
    } else {
      // A path endpoint (all far ends are of one kind, checked above): the path is complete.
      isComplete = true;
      break;
    }
  }
  return { path, is_active: isActive, is_complete: isComplete, is_split: isSplit };
}

/** Ports in NetBox's model order (device, natural name); loaded rows keep the requested order instead. */
function byDeviceAndName(ports: Term[]): Term[] {
  return [...ports].sort((a, b) => {
    const d = Number(a.row.device_id) - Number(b.row.device_id);
    if (d) return d;
    const an = String(a.row._name ?? ''), bn = String(b.row._name ?? '');
    return an < bn ? -1 : an > bn ? 1 : a.id - b.id;
  });
}
