/**
 * GET/POST /api/ipam/prefixes/{id}/available-ips/ and /api/ipam/ip-ranges/{id}/available-ips/ —
 * NetBox's AvailableIPAddressesView: GET lists the first free addresses (`limit`, default the
 * page size) as `{family, address, vrf}` with the parent's mask; POST takes one IP address body
 * or a list, gives each the next free address and the parent's VRF, and creates them through
 * core's create path under an advisory lock on the VRF's address space. No room → 409.
 */
import { conflict, createObjects, defineRoute, fetchRow, type Knex, type RequestCradle, type RouteDefinition } from '@patchbay/core';
import { availableIps, prefixParent, rangeParent, type IpParent } from '../services/available-ips.js';
import { allocate, bodiesOf, parentId, resultsLimit, vrfBrief } from './allocation-common.js';

const AVAILABLE_IP = {
  type: 'array',
  items: {
    type: 'object',
    description: 'Representation of an IP address which does not exist in the database.',
    required: ['address', 'family'],
    properties: {
      family: { type: 'integer', readOnly: true },
      address: { type: 'string', readOnly: true },
      vrf: { type: ['object', 'null'], readOnly: true, description: 'The parent VRF in brief form.' },
    },
  },
};

type Kind = { slug: 'prefixes' | 'ip-ranges'; label: string; parent: (c: RequestCradle, row: Record<string, unknown>, db?: Knex) => Promise<IpParent> };

const KINDS: Kind[] = [
  { slug: 'prefixes', label: 'ipam.prefix', parent: (c, row, db) => prefixParent(db ?? c.knex, row) },
  { slug: 'ip-ranges', label: 'ipam.iprange', parent: (c, row, db) => rangeParent(db ?? c.knex, row) },
];

function getRoute(kind: Kind): RouteDefinition {
  return defineRoute({
    method: 'GET',
    path: `/${kind.slug}/:id/available-ips/`,
    permission: { model: kind.label, action: 'view' },
    summary: 'Get a IP address object.',
    schema: { response: AVAILABLE_IP },
    async handler(req) {
      const c: RequestCradle = req.scope.cradle;
      const resource = c.registry.resources.require(`ipam/${kind.slug}`);
      const row = await fetchRow(c, resource, parentId(req.params.id));
      const parent = await kind.parent(c, row);
      const addresses = await availableIps(c.knex, parent, resultsLimit(c, req.query));
      const vrf = await vrfBrief(c, parent.vrfId);
      return { status: 200, body: addresses.map((a) => ({ family: parent.family, address: `${a}/${parent.mask}`, vrf })) };
    },
  });
}

function postRoute(kind: Kind): RouteDefinition {
  return defineRoute({
    method: 'POST',
    path: `/${kind.slug}/:id/available-ips/`,
    permission: { model: kind.label, action: 'view' },
    summary: 'Post a IP address object.',
    schema: { request: { type: 'array', items: { $ref: '#/components/schemas/WritableIPAddressRequest' } }, response: { type: 'array', items: { $ref: '#/components/schemas/IPAddress' } }, status: 201 },
    async handler(req) {
      const c: RequestCradle = req.scope.cradle;
      const resource = c.registry.resources.require(`ipam/${kind.slug}`);
      const ips = c.registry.resources.require('ipam/ip-addresses');
      const id = parentId(req.params.id);
      const { bodies, many } = bodiesOf(req.body);
      const created = await allocate(c, resource, id, 'ipam.ipaddress', async (trx, row) => {
        const parent = await kind.parent(c, row, trx);
        const free = await availableIps(trx, parent, bodies.length);
        if (free.length < bodies.length)
          throw conflict(`An insufficient number of IP addresses are available within ${resource.model.displayOf(row)} (${bodies.length} requested, ${free.length} available)`);
        const requests = bodies.map((b, i) => ({ ...b, address: `${free[i]}/${parent.mask}`, vrf: parent.vrfId }));
        return createObjects(c, ips, requests, { trx });
      });
      return { status: 201, body: many ? created : created[0] };
    },
  });
}

/** The four available-ips routes (GET and POST, for prefixes and IP ranges). */
export const availableIpRoutes: RouteDefinition[] = KINDS.flatMap((k) => [getRoute(k), postRoute(k)]);
