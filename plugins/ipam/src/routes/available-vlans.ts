/**
 * GET/POST /api/ipam/vlan-groups/{id}/available-vlans/ — NetBox's AvailableVLANsView: GET lists
 * the group's first free VIDs (`limit`, default the page size) as `{vid, group}`; POST takes one
 * VLAN body (`{"name": …}`, NetBox's CreateAvailableVLANSerializer fields) or a list, gives each
 * the next free VID and the group, and creates them through core's create path under the group's
 * advisory lock, so concurrent requests never get the same VID. Not enough free VIDs → 409.
 */
import { ValidationError, conflict, createObjects, defineRoute, fetchRow, loadBrief, type FieldErrors, type RequestCradle, type RouteDefinition } from '@patchbay/core';
import { availableVids } from '../services/available-vlans.js';
import { allocate, bodiesOf, parentId, resultsLimit } from './allocation-common.js';

/** The fields NetBox's CreateAvailableVLANSerializer accepts; anything else (a `vid`, a `group`) is ignored. */
const WRITABLE = ['name', 'site', 'tenant', 'status', 'role', 'description', 'tags', 'custom_fields'];

const AVAILABLE_VLAN = {
  type: 'array',
  items: {
    type: 'object',
    description: 'Representation of a VLAN which does not exist in the database.',
    required: ['vid'],
    properties: { vid: { type: 'integer', readOnly: true }, group: { type: 'object', readOnly: true, nullable: true } },
  },
};

/** NetBox validates every body (CreateAvailableVLANSerializer) before looking for free VIDs: a nameless one is a 400, even in a full group. */
function requireNames(bodies: Record<string, unknown>[], many: boolean): void {
  const errors = bodies.map((b): FieldErrors => {
    if (b.name === undefined) return { name: ['This field is required.'] };
    if (b.name === null) return { name: ['This field may not be null.'] };
    return {};
  });
  if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(many ? errors : errors[0]!);
}

const getAvailableVlans = defineRoute({
  method: 'GET',
  path: '/vlan-groups/:id/available-vlans/',
  permission: { model: 'ipam.vlangroup', action: 'view' },
  summary: 'Get a VLAN object.',
  schema: { response: AVAILABLE_VLAN },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const groups = c.registry.resources.require('ipam/vlan-groups');
    const row = await fetchRow(c, groups, parentId(req.params.id));
    const vids = await availableVids(c.knex, Number(row.id), resultsLimit(c, req.query));
    const briefs = await loadBrief(groups.model, [Number(row.id)], { db: c.knex, registry: c.registry, baseUrl: c.baseUrl });
    const group = briefs.get(Number(row.id)) ?? null;
    return { status: 200, body: vids.map((vid) => ({ vid, group })) };
  },
});

const postAvailableVlans = defineRoute({
  method: 'POST',
  path: '/vlan-groups/:id/available-vlans/',
  permission: { model: 'ipam.vlangroup', action: 'view' },
  summary: 'Post a VLAN object.',
  schema: {
    request: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 64 } } } },
    response: { type: 'array', items: { $ref: '#/components/schemas/VLAN' } },
    status: 201,
  },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const groups = c.registry.resources.require('ipam/vlan-groups');
    const vlans = c.registry.resources.require('ipam/vlans');
    const id = parentId(req.params.id);
    const { bodies, many } = bodiesOf(req.body);
    requireNames(bodies, many);
    const created = await allocate(c, groups, id, async (trx) => {
      const free = await availableVids(trx, id, bodies.length);
      if (free.length < bodies.length) throw conflict('The requested number of VLANs is not available');
      const requests = bodies.map((b, i) => ({
        ...Object.fromEntries(WRITABLE.filter((k) => k in b).map((k) => [k, b[k]])),
        vid: free[i],
        group: id,
      }));
      return createObjects(c, vlans, requests, { trx });
    });
    return { status: 201, body: many ? created : created[0] };
  },
});

/** The two available-vlans routes. */
export const availableVlanRoutes: RouteDefinition[] = [getAvailableVlans, postAvailableVlans];
