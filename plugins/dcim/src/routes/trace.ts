/**
 * GET /api/dcim/{interfaces,console-ports,console-server-ports,power-ports,power-outlets,power-feeds}/{id}/trace/
 * — NetBox's PathEndpointMixin.trace: the endpoint's cable path as `[near ends, cable, far ends]`
 * segments (objects in brief form, the cable in TracedCableSerializer form, `[]` where a segment
 * has none). Needs view permission on the endpoint; an unknown or hidden one is a 404.
 */
import { defineRoute, fetchRow, notFound, type RequestCradle, type RouteDefinition } from '@patchbay/core';
import { traceEndpoint } from '../cabling/paths/trace.js';

/** The endpoint resources with a trace, and their models. */
const ENDPOINTS: [slug: string, model: string][] = [
  ['console-ports', 'dcim.consoleport'], ['console-server-ports', 'dcim.consoleserverport'], ['power-ports', 'dcim.powerport'],
  ['power-outlets', 'dcim.poweroutlet'], ['interfaces', 'dcim.interface'], ['power-feeds', 'dcim.powerfeed'],
];

function traceRoute(slug: string, model: string): RouteDefinition {
  return defineRoute({
    method: 'GET',
    path: `/${slug}/:id/trace/`,
    permission: { model, action: 'view' },
    summary: 'Trace a complete cable path and return each segment as a three-tuple of (termination, cable, termination).',
    schema: { response: { type: 'array', items: { type: 'array', items: {} } } },
    async handler(req) {
      const c: RequestCradle = req.scope.cradle;
      if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw notFound();
      const row = await fetchRow(c, c.registry.resources.require(`dcim/${slug}`), Number(req.params.id));
      return { body: await traceEndpoint({ db: c.knex, registry: c.registry, baseUrl: c.baseUrl }, row) };
    },
  });
}

/** One trace route per path endpoint resource. */
export const traceRoutes: RouteDefinition[] = ENDPOINTS.map(([slug, model]) => traceRoute(slug, model));
