/**
 * Page-wide loaders for cable ends: a cable's A/B terminations and a cabled object's link peers,
 * each rendered as its own model's brief form. A page costs one query for the termination rows
 * plus one per far-end model, whatever its size.
 */
import { loadBrief, type Knex, type LoadContext } from '@patchbay/core';
import type { TerminationRef } from './constants.js';

type Json = Record<string, unknown>;
type Row = Record<string, unknown>;

/** The termination rows of some cables, ordered as NetBox orders them (cable, end, pk). */
export async function terminationsOfCables(db: Knex, cableIds: number[]): Promise<(TerminationRef & { cable_id: number })[]> {
  if (!cableIds.length) return [];
  const rows: Row[] = await db('dcim_cabletermination').select('cable_id', 'cable_end', 'termination_type', 'termination_id')
    .whereIn('cable_id', cableIds).orderBy(['cable_id', 'cable_end', 'id']);
  return rows.map((r) => ({
    cable_id: Number(r.cable_id), cable_end: r.cable_end as 'A' | 'B', termination_type: String(r.termination_type), termination_id: Number(r.termination_id),
  }));
}

/** Brief forms of the given objects, keyed `type:id`: one query per model. */
export async function briefsOf(ctx: LoadContext, refs: { termination_type: string; termination_id: number }[]): Promise<Map<string, Json>> {
  const byType = new Map<string, Set<number>>();
  for (const r of refs) {
    const ids = byType.get(r.termination_type) ?? new Set<number>();
    ids.add(r.termination_id);
    byType.set(r.termination_type, ids);
  }
  const out = new Map<string, Json>();
  for (const [type, ids] of byType) {
    const model = ctx.registry.models.get(type);
    if (!model) continue;
    const briefs = await loadBrief(model, [...ids], { db: ctx.db, registry: ctx.registry, baseUrl: ctx.baseUrl });
    for (const [id, json] of briefs) out.set(`${type}:${id}`, json);
  }
  return out;
}

/** Per page of cables: every termination with its brief form (shared by a_terminations and b_terminations). */
const endsOfPage = new WeakMap<Row[], Promise<{ terms: (TerminationRef & { cable_id: number })[]; briefs: Map<string, Json> }>>();

/** A cable's terminations on one end as NetBox's GenericObjectSerializer shows them. */
export function cableEndLoader(end: 'A' | 'B') {
  return async (ctx: LoadContext, rows: Row[]): Promise<Map<number, unknown>> => {
    let pending = endsOfPage.get(rows);
    if (!pending) {
      pending = (async () => {
        const terms = await terminationsOfCables(ctx.db, rows.map((r) => Number(r.id)));
        return { terms, briefs: await briefsOf(ctx, terms) };
      })();
      endsOfPage.set(rows, pending);
    }
    const { terms, briefs } = await pending;
    const out = new Map<number, unknown>(rows.map((r) => [Number(r.id), [] as Json[]]));
    for (const t of terms)
      if (t.cable_end === end)
        (out.get(t.cable_id) as Json[]).push({
          object_type: t.termination_type, object_id: t.termination_id, object: briefs.get(`${t.termination_type}:${t.termination_id}`) ?? null,
        });
    return out;
  };
}

/** Per page of cabled objects: the far-end terminations of each row's cable (shared by link_peers and link_peers_type). */
const peersOfPage = new WeakMap<Row[], Promise<Map<number, TerminationRef[]>>>();

function peersOf(db: Knex, rows: Row[]): Promise<Map<number, TerminationRef[]>> {
  let pending = peersOfPage.get(rows);
  if (!pending) {
    pending = (async () => {
      const cabled = rows.filter((r) => r.cable_id != null);
      const terms = await terminationsOfCables(db, [...new Set(cabled.map((r) => Number(r.cable_id)))]);
      const out = new Map<number, TerminationRef[]>();
      for (const r of cabled)
        out.set(Number(r.id), terms.filter((t) => t.cable_id === Number(r.cable_id) && t.cable_end !== r.cable_end));
      return out;
    })();
    peersOfPage.set(rows, pending);
  }
  return pending;
}

/** NetBox's CabledObjectSerializer.get_link_peers: the far ends' brief forms. */
export async function loadLinkPeers(ctx: LoadContext, rows: Row[]): Promise<Map<number, unknown>> {
  const peers = await peersOf(ctx.db, rows);
  const briefs = await briefsOf(ctx, [...peers.values()].flat());
  const out = new Map<number, unknown>();
  for (const [id, terms] of peers) out.set(id, terms.map((t) => briefs.get(`${t.termination_type}:${t.termination_id}`)).filter(Boolean));
  return out;
}

/** NetBox's get_link_peers_type: the far end's model label, or null when there is none. */
export async function loadLinkPeersType(ctx: LoadContext, rows: Row[]): Promise<Map<number, unknown>> {
  const peers = await peersOf(ctx.db, rows);
  const out = new Map<number, unknown>();
  for (const [id, terms] of peers) out.set(id, terms[0]?.termination_type ?? null);
  return out;
}
