/**
 * `GET /api/extras/custom-links/{id}/render/?object_id=<id>[&object_type=<app.model>]` — a
 * Patchbay addition: NetBox renders custom links only in its UI; this gives API clients the
 * same `{text, url}` for one object. `object_type` may be left out when the link has one type.
 */
import { ValidationError, badRequest, defineRoute, fetchRow, getObject } from '@patchbay/core';
import { TemplateRenderError } from '../../templating/render.js';
import { renderCustomLink } from '../services/custom-link-render.js';

export const customLinkRenderRoute = defineRoute({
  method: 'GET',
  path: '/custom-links/:id/render/',
  permission: { model: 'extras.customlink', action: 'view' },
  summary: 'Render a custom link for one object (Patchbay addition).',
  schema: { response: { type: 'object', properties: { text: { type: 'string' }, url: { type: 'string' } }, required: ['text', 'url'] } },
  async handler(req) {
    const c = req.scope.cradle;
    const links = c.registry.resourceFor('extras.customlink')!;
    if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw badRequest('Invalid custom link ID.');
    const link = await fetchRow(c, links, Number(req.params.id));
    const types = (await c.knex('extras_customlink_object_types as j').join('core_objecttype as o', 'o.id', 'j.objecttype_id')
      .where('j.customlink_id', link.id as number).select(c.knex.raw(`o.app_label || '.' || o.model as label`)) as { label: string }[]).map((r) => r.label);
    const objectType = req.query.get('object_type') ?? (types.length === 1 ? types[0]! : null);
    const objectId = req.query.get('object_id') ?? '';
    const errors: Record<string, string[]> = {};
    if (!objectType) errors.object_type = ['This link applies to several object types: give one.'];
    else if (!types.includes(objectType)) errors.object_type = [`This link does not apply to ${objectType} objects.`];
    if (!/^\d{1,18}$/.test(objectId)) errors.object_id = ['A valid integer is required.'];
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const resource = c.registry.resourceFor(objectType!);
    if (!resource) throw new ValidationError({ object_type: [`${objectType} objects have no endpoint.`] });
    const { json } = await getObject(c, resource, Number(objectId), new URLSearchParams());
    const context = { object: json, user: c.user ? { id: c.user.id, username: c.user.username } : null, debug: false };
    try {
      return { body: renderCustomLink(link as { link_text: string; link_url: string }, context) };
    } catch (err) {
      if (err instanceof TemplateRenderError) throw badRequest(`An error occurred while rendering the link: ${err.message}`);
      throw err;
    }
  },
});
