/**
 * GET/POST /api/ipam/asn-ranges/{id}/available-asns/ — NetBox's AvailableASNsView: GET lists the
 * first free ASNs of the range (`limit`, default the page size) as `{rir, asn}`; POST takes one
 * ASN body (`{"description": …}`) or a list, gives each the next free number and the range's RIR,
 * and creates them through core's create path under the range's advisory lock. No room → 409.
 */
import { conflict, createObjects, defineRoute, fetchRow, loadBrief, type RequestCradle, type RouteDefinition } from '@patchbay/core';
import { availableAsns, countAvailableAsns } from '../services/available-asns.js';
import { allocate, bodiesOf, parentId, resultsLimit } from './allocation-common.js';

const AVAILABLE_ASN = {
  type: 'array',
  items: {
    type: 'object',
    description: 'Representation of an ASN which does not exist in the database.',
    required: ['asn'],
    properties: { rir: { type: 'object', readOnly: true }, asn: { type: 'integer', readOnly: true } },
  },
};

const span = (row: Record<string, unknown>) => ({ start: Number(row.start), end: Number(row.end) });

const getAvailableAsns = defineRoute({
  method: 'GET',
  path: '/asn-ranges/:id/available-asns/',
  permission: { model: 'ipam.asnrange', action: 'view' },
  summary: 'Get a ASN object.',
  schema: { response: AVAILABLE_ASN },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const ranges = c.registry.resources.require('ipam/asn-ranges');
    const row = await fetchRow(c, ranges, parentId(req.params.id));
    const asns = await availableAsns(c.knex, span(row), resultsLimit(c, req.query));
    const rir = c.registry.models.require('ipam.rir');
    const briefs = await loadBrief(rir, [Number(row.rir_id)], { db: c.knex, registry: c.registry, baseUrl: c.baseUrl });
    const rirBrief = briefs.get(Number(row.rir_id)) ?? null;
    return { status: 200, body: asns.map((asn) => ({ rir: rirBrief, asn })) };
  },
});

const postAvailableAsns = defineRoute({
  method: 'POST',
  path: '/asn-ranges/:id/available-asns/',
  permission: { model: 'ipam.asnrange', action: 'view' },
  summary: 'Post a ASN object.',
  schema: {
    request: { type: 'array', items: { type: 'object', properties: { description: { type: 'string' } } } },
    response: { type: 'array', items: { $ref: '#/components/schemas/ASN' } },
    status: 201,
  },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const ranges = c.registry.resources.require('ipam/asn-ranges');
    const asns = c.registry.resources.require('ipam/asns');
    const id = parentId(req.params.id);
    const { bodies, many } = bodiesOf(req.body);
    const created = await allocate(c, ranges, id, async (trx, row) => {
      const free = await availableAsns(trx, span(row), bodies.length);
      if (free.length < bodies.length) {
        const available = await countAvailableAsns(trx, span(row));
        throw conflict(
          `An insufficient number of ASNs are available within ${ranges.model.displayOf(row)} (${bodies.length} requested, ${available} available)`,
        );
      }
      const requests = bodies.map((b, i) => ({ ...b, asn: free[i], rir: Number(row.rir_id) }));
      return createObjects(c, asns, requests, { trx });
    });
    return { status: 201, body: many ? created : created[0] };
  },
});

/** The two available-asns routes. */
export const availableAsnRoutes: RouteDefinition[] = [getAvailableAsns, postAvailableAsns];
