/**
 * Path nodes: a path stores each object as "<model label>:<id>" ("dcim.interface:12"), the compact
 * form of NetBox's "<content type id>:<id>". These helpers name and parse nodes, and know which
 * tables hold the objects a cable can end on.
 */
import type { Knex } from '@patchbay/core';

/** One object a path passes: its model label, id and database row. */
export interface Term {
  type: string;
  id: number;
  row: Record<string, unknown>;
}

/** A reference to an object by model label and id. */
export interface NodeRef {
  type: string;
  id: number;
}

/** NetBox's PathEndpoint subclasses: the objects a path starts (and completes) at. */
export const PATH_ENDPOINTS: Record<string, string> = {
  'dcim.consoleport': 'dcim_consoleport',
  'dcim.consoleserverport': 'dcim_consoleserverport',
  'dcim.powerport': 'dcim_powerport',
  'dcim.poweroutlet': 'dcim_poweroutlet',
  'dcim.interface': 'dcim_interface',
  'dcim.powerfeed': 'dcim_powerfeed',
};

/** Ids per `IN (…)` list (Postgres binds at most 65,535 parameters per statement). */
export const ID_CHUNK = 10_000;

/** dcim's pass-through ports, and cables (the links between hops). */
export const FRONT_PORT = 'dcim.frontport';
export const REAR_PORT = 'dcim.rearport';
export const CABLE = 'dcim.cable';

/** Tables of every dcim object a cable can end on; other apps add theirs with registerPassThrough. */
export const CABLED_TABLES: Record<string, string> = { ...PATH_ENDPOINTS, [FRONT_PORT]: 'dcim_frontport', [REAR_PORT]: 'dcim_rearport' };

/** "dcim.interface:12" */
export function nodeOf(ref: NodeRef): string {
  return `${ref.type}:${ref.id}`;
}

/** "dcim.interface:12" → { type: 'dcim.interface', id: 12 } */
export function parseNode(node: string): NodeRef {
  const at = node.lastIndexOf(':');
  return { type: node.slice(0, at), id: Number(node.slice(at + 1)) };
}

/** Whether objects of this model originate paths. */
export function isPathEndpoint(type: string): boolean {
  return type in PATH_ENDPOINTS;
}

/**
 * Loads the rows of the given objects, one query per model, in the order given; objects that no
 * longer exist are left out (NetBox ignores stale nodes).
 */
export async function loadTerms(trx: Knex, refs: NodeRef[], tableOf: (type: string) => string | undefined): Promise<Term[]> {
  const byType = new Map<string, number[]>();
  for (const r of refs) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
  const rows = new Map<string, Record<string, unknown>>();
  for (const [type, ids] of byType) {
    const table = tableOf(type);
    if (!table) continue;
    const unique = [...new Set(ids)];
    // Chunked: a bulk write may name more objects than one statement can bind.
    for (let k = 0; k < unique.length; k += ID_CHUNK)
      for (const row of await trx(table).select('*').whereIn('id', unique.slice(k, k + ID_CHUNK))) rows.set(`${type}:${row.id}`, row);
  }
  const out: Term[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    const key = nodeOf(r);
    const row = rows.get(key);
    if (!row || seen.has(key)) continue;
    seen.add(key);
    out.push({ type: r.type, id: r.id, row });
  }
  return out;
}
