/**
 * NetBox's PathEndpoint.trace(): the whole path from an endpoint as (near ends, cable, far ends)
 * segments, following a destination interface's bridge into the next path. Loads each path once
 * and renders every object of the trace with one query per model.
 */
import type { Knex } from '@patchbay/core';
import type { LoadContext } from '@patchbay/core';
import { briefsOfNodes, tracedCables } from './path-objects.js';
import { CABLE, parseNode } from './nodes.js';
import { parsePath } from './retrace.js';

type Json = Record<string, unknown>;

/** The trace of an endpoint row as NetBox's `trace` action answers it: `[[near…], cable | [], [far…]]` per segment. */
export async function traceEndpoint(ctx: LoadContext, origin: Record<string, unknown>): Promise<unknown[]> {
  const hops = await collectHops(ctx.db, origin);
  const nodes = hops.flat();
  const briefs = await briefsOfNodes(ctx, nodes.filter((n) => parseNode(n).type !== CABLE));
  const cables = await tracedCables(ctx, nodes.filter((n) => parseNode(n).type === CABLE).map((n) => parseNode(n).id));
  const objects = (hop: string[]): Json[] => hop.flatMap((n) => {
    const { type, id } = parseNode(n);
    const json = type === CABLE ? cables.get(id) : briefs.get(n);
    return json ? [json] : [];
  });
  const out: unknown[] = [];
  for (let i = 0; i + 2 < hops.length; i += 3) {
    const near = objects(hops[i]!);
    // The path is split here: stop.
    if (!near.length) break;
    const cable = objects(hops[i + 1]!);
    out.push([near, cable.length ? cable[0] : [], objects(hops[i + 2]!)]);
  }
  return out;
}

/** The hops of the endpoint's path and of the paths its bridged destination interfaces continue into. */
async function collectHops(db: Knex, start: Record<string, unknown>): Promise<string[][]> {
  const hops: string[][] = [];
  const seen = new Set<number>();
  let pathId = start._path_id == null ? null : Number(start._path_id);
  while (pathId !== null && !seen.has(pathId)) {
    seen.add(pathId);
    const p = await db('dcim_cablepath').select('path', 'is_complete').where('id', pathId).first();
    if (!p) break;
    // Stale nodes (deleted objects) stay in the hops and render as nothing, as NetBox's _get_path skips them.
    const path = parsePath(p.path);
    hops.push(...path);
    // A path ending at an uncabled pass-through port: pad the link and far ends.
    if (hops.length % 3 === 1) hops.push([], []);
    // A path ending at a site or provider network: an empty link before it.
    else if (hops.length % 3 === 2) hops.splice(hops.length - 1, 0, []);
    // One destination interface with a bridge: the trace goes on from the bridge.
    const destinations = p.is_complete ? path.at(-1) ?? [] : [];
    pathId = null;
    if (destinations.length === 1 && parseNode(destinations[0]!).type === 'dcim.interface') {
      const bridged = await db('dcim_interface as i').join('dcim_interface as b', 'b.id', 'i.bridge_id')
        .select('b._path_id').where('i.id', parseNode(destinations[0]!).id).first();
      if (bridged?._path_id != null) pathId = Number(bridged._path_id);
    }
  }
  return hops;
}
