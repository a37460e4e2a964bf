/**
 * POST /api/plugins/acl/access-lists/{id}/renumber/ {"start": 10, "step": 10}: renumbers a list's
 * rules in their current order. Each rule update goes through core's update operation (change log,
 * signals, permissions) inside one transaction, then the plugin's own event type is announced.
 */
import { defineRoute, updateObjects, fetchRow, ValidationError, type RequestCradle } from '@patchbay/core';
import { rulesRenumbered } from '../events.js';

/** Indexes are unique per list, so rules first move out of the way, above any real index. */
const PARKING = 2_000_000_000;

function positiveInt(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 100000)
    throw new ValidationError({ [name]: ['Must be an integer from 1 to 100000.'] });
  return value;
}

export const renumberRoute = defineRoute({
  method: 'POST',
  path: '/access-lists/:id/renumber/',
  permission: { model: 'acl.accesslistrule', action: 'change' },
  summary: 'Renumber the rules of an access list',
  schema: {
    request: {
      type: 'object',
      properties: {
        start: { type: 'integer', minimum: 1, maximum: 100000, default: 10 },
        step: { type: 'integer', minimum: 1, maximum: 100000, default: 10 },
      },
    },
    response: { type: 'array', items: { $ref: '#/components/schemas/AccessListRule' } },
  },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body !== 'object' || Array.isArray(body)) throw new ValidationError({ non_field_errors: ['Expected an object.'] });
    const start = positiveInt(body.start, 'start', 10);
    const step = positiveInt(body.step, 'step', 10);
    const lists = c.registry.resources.require('plugins/acl/access-lists');
    const rules = c.registry.resources.require('plugins/acl/access-list-rules');
    const id = Number(req.params.id);
    if (!/^\d+$/.test(req.params.id ?? '')) throw new ValidationError({ id: ['Invalid id.'] });
    const list = await fetchRow(c, lists, id);
    const result = await c.knex.transaction(async (trx) => {
      const current: { id: number }[] = await trx(rules.model.tableName).select('id').where('access_list_id', id).orderBy('index').forUpdate();
      if (start + step * current.length > PARKING) throw new ValidationError({ start: ['The new indexes would be too large.'] });
      const park = current.map((r, i) => ({ id: Number(r.id), body: { index: PARKING + i } }));
      const final = current.map((r, i) => ({ id: Number(r.id), body: { index: start + i * step } }));
      if (current.length) {
        await updateObjects(c, rules, park, true, { trx });
        return updateObjects(c, rules, final, true, { trx });
      }
      return [];
    });
    c.eventQueue.enqueue({
      event_type: rulesRenumbered.name,
      object_type: lists.model.label,
      object_id: id,
      data: { id, name: list.name, rules: result.map((r) => ({ id: r.id, index: r.index })) },
      snapshots: { prechange: null, postchange: null },
      request_id: c.requestId,
      username: c.user?.username ?? null,
      timestamp: new Date().toISOString(),
    });
    c.eventQueue.flush(c.eventBus);
    return { status: 200, body: result };
  },
});
