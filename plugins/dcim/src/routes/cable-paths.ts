/**
 * GET /api/dcim/{front-ports,rear-ports}/{id}/paths/ — NetBox's PassThroughPortMixin.paths: every
 * cable path through the port, as CablePathSerializer shows them (`id, path, is_active,
 * is_complete, is_split`, each hop a list of brief objects). Exported as a factory so circuits
 * serves circuit-terminations/{id}/paths/ the same way.
 */
import { defineRoute, fetchRow, notFound, type LoadContext, type RequestCradle, type RouteDefinition } from '@patchbay/core';
import { briefsOfNodes, pathObjects } from '../cabling/paths/path-objects.js';
import { nodeOf } from '../cabling/paths/nodes.js';
import { parsePath } from '../cabling/paths/retrace.js';

/** NetBox's CablePathSerializer over every path passing the object: one query for the paths, one per model in them. */
export async function pathsThroughObject(ctx: LoadContext, label: string, id: number): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = await ctx.db('dcim_cablepath').select('id', 'path', 'is_active', 'is_complete', 'is_split')
    .whereRaw('_nodes @> ?::text[]', [[nodeOf({ type: label, id })]]).orderBy('id');
  const paths = rows.map((r) => ({ id: r.id, is_active: r.is_active, is_complete: r.is_complete, is_split: r.is_split, path: parsePath(r.path) }));
  const briefs = await briefsOfNodes(ctx, paths.flatMap((p) => p.path.flat()));
  return paths.map((p) => {
    const hops = pathObjects(p.path, briefs);
    return {
      id: Number(p.id),
      // A hop whose objects are all gone makes the path invalid: NetBox shows it empty.
      path: hops.some((h) => !h.length) ? [] : hops,
      is_active: Boolean(p.is_active),
      is_complete: Boolean(p.is_complete),
      is_split: Boolean(p.is_split),
    };
  });
}

/** The `paths` action of a pass-through resource (`resourceKey` like 'dcim/front-ports'). */
export function passThroughPathsRoute(resourceKey: string, model: string): RouteDefinition {
  const slug = resourceKey.slice(resourceKey.indexOf('/') + 1);
  return defineRoute({
    method: 'GET',
    path: `/${slug}/:id/paths/`,
    permission: { model, action: 'view' },
    summary: 'Return all CablePaths which traverse a given pass-through port.',
    schema: { response: { type: 'array', items: { type: 'object' } } },
    async handler(req) {
      const c: RequestCradle = req.scope.cradle;
      if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw notFound();
      const row = await fetchRow(c, c.registry.resources.require(resourceKey), Number(req.params.id));
      return { body: await pathsThroughObject({ db: c.knex, registry: c.registry, baseUrl: c.baseUrl }, model, Number(row.id)) };
    },
  });
}

/** front-ports/{id}/paths/ and rear-ports/{id}/paths/. */
export const portPathsRoutes: RouteDefinition[] = [
  passThroughPathsRoute('dcim/front-ports', 'dcim.frontport'),
  passThroughPathsRoute('dcim/rear-ports', 'dcim.rearport'),
];
