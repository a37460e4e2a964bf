/**
 * Renders stored paths (NetBox's CablePath.path_objects): every node of one or many paths in its
 * model's brief form, one query per model whatever the number of paths; cables in a trace use
 * NetBox's TracedCableSerializer fields instead.
 */
import { loadBrief, renderRows, type LoadContext } from '@patchbay/core';
import { CABLE, parseNode } from './nodes.js';

type Json = Record<string, unknown>;

/** Brief forms of the given nodes, keyed by node; deleted objects are absent (NetBox skips stale nodes). */
export async function briefsOfNodes(ctx: LoadContext, nodes: Iterable<string>): Promise<Map<string, Json>> {
  const byType = new Map<string, Set<number>>();
  for (const node of nodes) {
    const { type, id } = parseNode(node);
    byType.set(type, (byType.get(type) ?? new Set()).add(id));
  }
  const out = new Map<string, Json>();
  for (const [type, ids] of byType) {
    const model = ctx.registry.models.get(type);
    if (!model) continue;
    for (const [id, json] of await loadBrief(model, [...ids], ctx)) out.set(`${type}:${id}`, json);
  }
  return out;
}

/** NetBox's TracedCableSerializer fields; choices show as bare values there. */
const TRACED_CABLE_FIELDS = ['id', 'url', 'display_url', 'type', 'status', 'label', 'color', 'length', 'length_unit', 'description'];

/** Cables as NetBox's trace shows them, by id: one query. */
export async function tracedCables(ctx: LoadContext, ids: number[]): Promise<Map<number, Json>> {
  const out = new Map<number, Json>();
  const ser = ctx.registry.serializers.get(CABLE);
  if (!ids.length || !ser) return out;
  const rows: Record<string, unknown>[] = await ctx.db('dcim_cable').select('*').whereIn('id', ids);
  const rendered = await renderRows(ser, rows, TRACED_CABLE_FIELDS.filter((f) => f in ser.specs), ctx);
  rows.forEach((row, i) => out.set(Number(row.id), { ...rendered[i], status: row.status ?? null, length_unit: row.length_unit ?? null }));
  return out;
}

/** A path's hops as lists of objects (brief JSON), stale nodes left out. */
export function pathObjects(path: string[][], briefs: Map<string, Json>): Json[][] {
  return path.map((hop) => hop.map((node) => briefs.get(node)).filter((j): j is Json => j !== undefined));
}
