/**
 * GET/POST /api/ipam/prefixes/{id}/available-prefixes/ — NetBox's AvailablePrefixesView: GET
 * lists the free child networks as the largest aligned blocks (`{family, prefix, vrf}`); POST
 * takes `{prefix_length, …prefix fields}` or a list, allocates the first block that fits each
 * (in address order) and creates the prefixes through core's create path under an advisory lock
 * on the VRF's prefix space. No room → 409.
 */
import { ValidationError, conflict, createObjects, defineRoute, fetchRow, type FieldErrors, type RequestCradle } from '@patchbay/core';
import { allocatePrefixes, prefixSpace, spaceCidrs } from '../services/available-prefixes.js';
import { allocate, bodiesOf, parentId, vrfBrief } from './allocation-common.js';

const AVAILABLE_PREFIX = {
  type: 'array',
  items: {
    type: 'object',
    description: 'Representation of a prefix which does not exist in the database.',
    required: ['family', 'prefix'],
    properties: {
      family: { type: 'integer', readOnly: true },
      prefix: { type: 'string', readOnly: true },
      vrf: { type: ['object', 'null'], readOnly: true, description: 'The parent VRF in brief form.' },
    },
  },
};

export const availablePrefixesGet = defineRoute({
  method: 'GET',
  path: '/prefixes/:id/available-prefixes/',
  permission: { model: 'ipam.prefix', action: 'view' },
  summary: 'Get a prefix object.',
  schema: { response: AVAILABLE_PREFIX },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const row = await fetchRow(c, c.registry.resources.require('ipam/prefixes'), parentId(req.params.id));
    const space = await prefixSpace(c.knex, row);
    const vrf = await vrfBrief(c, row.vrf_id);
    return { status: 200, body: spaceCidrs(space).map((b) => ({ family: space.family, prefix: b.cidr, vrf })) };
  },
});

/** NetBox's PrefixLengthSerializer, run with many=True: errors come back as a list, one per item. */
function prefixLengths(bodies: Record<string, unknown>[], family: 4 | 6): number[] {
  const errors: FieldErrors[] = bodies.map((b): FieldErrors => {
    const len = b.prefix_length;
    if (len === undefined || len === null) return { prefix_length: ['this field can not be missing'] };
    if (typeof len !== 'number' || !Number.isInteger(len)) return { prefix_length: ['this field must be int type'] };
    if (len > (family === 4 ? 32 : 128)) return { prefix_length: [`Invalid prefix length (${len}) for IPv${family}`] };
    return {};
  });
  if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(errors);
  return bodies.map((b) => b.prefix_length as number);
}

export const availablePrefixesPost = defineRoute({
  method: 'POST',
  path: '/prefixes/:id/available-prefixes/',
  permission: { model: 'ipam.prefix', action: 'view' },
  summary: 'Post a prefix object.',
  schema: { request: { type: 'array', items: { $ref: '#/components/schemas/WritablePrefixRequest' } }, response: { type: 'array', items: { $ref: '#/components/schemas/Prefix' } }, status: 201 },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const prefixes = c.registry.resources.require('ipam/prefixes');
    const id = parentId(req.params.id);
    const { bodies, many } = bodiesOf(req.body);
    const created = await allocate(c, prefixes, id, 'ipam.prefix', async (trx, row) => {
      const space = await prefixSpace(trx, row);
      const allocated = allocatePrefixes(space, prefixLengths(bodies, space.family));
      if (!allocated) throw conflict('Insufficient space is available to accommodate the requested prefix size(s)');
      const requests = bodies.map(({ prefix_length: _, ...b }, i) => ({ ...b, prefix: allocated[i], vrf: row.vrf_id ?? null }));
      return createObjects(c, prefixes, requests, { trx });
    });
    return { status: 201, body: many ? created : created[0] };
  },
});
