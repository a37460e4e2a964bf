/**
 * NetBox's PathEndpoint serializer fields (ConnectedEndpointsSerializer: connected_endpoints, _type,
 * _reachable), shared by the six path-endpoint models so each renders its cable path's far end the
 * same way. A page costs one query for its rows' paths plus one per destination model, shared by
 * the three fields.
 */
import { field, type FieldSpec, type LoadContext } from '@patchbay/core';
import { briefsOfNodes } from './path-objects.js';
import { parseNode } from './nodes.js';
import { parsePath } from './retrace.js';

type Row = Record<string, unknown>;

interface Connected {
  endpoints: Record<string, unknown>[] | null;
  type: string | null;
  reachable: boolean | null;
}

/** Per page: each row's connected endpoints, computed once for the three fields. */
const pages = new WeakMap<Row[], Promise<Map<number, Connected>>>();

function connectedOf(ctx: LoadContext, rows: Row[]): Promise<Map<number, Connected>> {
  let pending = pages.get(rows);
  if (!pending) {
    pending = (async () => {
      const pathIds = [...new Set(rows.filter((r) => r._path_id != null).map((r) => Number(r._path_id)))];
      // Always one statement, so a page costs the same whether or not its rows have paths.
      const paths: Row[] = await ctx.db('dcim_cablepath').select('id', 'path', 'is_active', 'is_complete').whereIn('id', pathIds);
      const byId = new Map(paths.map((p) => [Number(p.id), { is_active: p.is_active, is_complete: p.is_complete, path: parsePath(p.path) }]));
      // NetBox's CablePath.destinations: the last hop, when the path is complete.
      const destinations = (p: { path: string[][]; is_complete?: unknown } | undefined) => (p?.is_complete ? p.path.at(-1) ?? [] : []);
      const briefs = await briefsOfNodes(ctx, [...byId.values()].flatMap((p) => destinations(p)));
      const out = new Map<number, Connected>();
      for (const row of rows) {
        const p = row._path_id != null ? byId.get(Number(row._path_id)) : undefined;
        const nodes = destinations(p).filter((n) => briefs.has(n));
        out.set(Number(row.id), {
          endpoints: nodes.length ? nodes.map((n) => briefs.get(n)!) : null,
          type: nodes.length ? parseNode(nodes[0]!).type : null,
          // NetBox: `obj._path and obj._path.is_complete and obj._path.is_active` (null without a path).
          reachable: p ? Boolean(p.is_complete) && Boolean(p.is_active) : null,
        });
      }
      return out;
    })();
    pages.set(rows, pending);
  }
  return pending;
}

function pick<K extends keyof Connected>(key: K) {
  return async (ctx: LoadContext, rows: Row[]): Promise<Map<number, unknown>> => {
    const all = await connectedOf(ctx, rows);
    return new Map([...all].map(([id, c]) => [id, c[key]]));
  };
}

/** The connected-endpoint fields every path endpoint (console/power/interface/feed) declares. */
export const pathEndpointFields: Record<'connected_endpoints' | 'connected_endpoints_type' | 'connected_endpoints_reachable', FieldSpec> = {
  connected_endpoints: field.loaded(pick('endpoints'), { schema: { type: 'array', items: {}, nullable: true }, fallback: null }),
  connected_endpoints_type: field.loaded(pick('type'), { schema: { type: 'string', nullable: true }, fallback: null }),
  connected_endpoints_reachable: field.loaded(pick('reachable'), { schema: { type: 'boolean' }, fallback: null }),
};
