/**
 * GET /api/dcim/power-ports/{id}/power-draw/ — a Patchbay addition: NetBox computes
 * PowerPort.get_power_draw() for its UI only; this serves the same figures (allocated and maximum
 * draw, outlet count, per-leg figures under a three-phase feed) over the API. Needs view
 * permission on the power port; an unknown or hidden one is a 404.
 */
import { defineRoute, fetchRow, notFound, type RequestCradle } from '@patchbay/core';
import { powerDraw } from '../cabling/paths/power-draw.js';

const drawSchema = {
  type: 'object',
  properties: { allocated: { type: 'integer' }, maximum: { type: 'integer' }, outlet_count: { type: 'integer' } },
};

export const powerDrawRoute = defineRoute({
  method: 'GET',
  path: '/power-ports/:id/power-draw/',
  permission: { model: 'dcim.powerport', action: 'view' },
  summary: "The power port's allocated and maximum draw (NetBox's PowerPort.get_power_draw()).",
  schema: {
    response: {
      type: 'object',
      properties: { ...drawSchema.properties, legs: { type: 'array', items: { ...drawSchema, properties: { name: { type: 'string' }, ...drawSchema.properties } } } },
    },
  },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw notFound();
    const row = await fetchRow(c, c.registry.resources.require('dcim/power-ports'), Number(req.params.id));
    return { body: await powerDraw(c.knex, row) };
  },
});
