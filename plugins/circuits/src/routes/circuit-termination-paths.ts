/**
 * GET /api/circuits/circuit-terminations/{id}/paths/ and /virtual-circuit-terminations/{id}/paths/
 * — NetBox's PathEndpointMixin.paths: the cable paths through a termination. Cabling does not
 * exist yet, so no termination has a path and the answer is NetBox's for such a termination: an
 * empty list. Cable paths (a later issue) will fill it. Needs view permission on the termination;
 * an unknown or hidden one is a 404.
 */
import { defineRoute, fetchRow, notFound, type RequestCradle, type RouteDefinition } from '@patchbay/core';

function pathsRoute(slug: string, model: string): RouteDefinition {
  return defineRoute({
    method: 'GET',
    path: `/${slug}/:id/paths/`,
    permission: { model, action: 'view' },
    summary: 'Return all CablePaths which traverse a given pass-through port.',
    schema: { response: { type: 'array', items: { type: 'object' } } },
    async handler(req) {
      const c: RequestCradle = req.scope.cradle;
      if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw notFound();
      await fetchRow(c, c.registry.resources.require(`circuits/${slug}`), Number(req.params.id));
      // Cable paths (a later issue) fill this; until then no termination has one.
      return { body: [] };
    },
  });
}

export const circuitTerminationPathsRoute = pathsRoute('circuit-terminations', 'circuits.circuittermination');
export const virtualCircuitTerminationPathsRoute = pathsRoute('virtual-circuit-terminations', 'circuits.virtualcircuittermination');
