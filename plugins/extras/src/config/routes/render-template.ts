/**
 * POST /api/extras/config-templates/{id}/render/ — NetBox's ConfigTemplateViewSet.render: renders
 * the template with the request body as its context. As in NetBox 4.2 a POST needs the add
 * permission on config templates, and the template must be one the user may view.
 */
import { defineRoute, fetchRow, notFound } from '@patchbay/core';
import { RENDER_SCHEMA, bodyContext, checkFormat, renderConfigTemplate } from '../services/render-response.js';

export const renderTemplateRoute = defineRoute({
  method: 'POST',
  path: '/config-templates/:id/render/',
  permission: { model: 'extras.configtemplate', action: 'add' },
  summary: 'Render a ConfigTemplate using the context data provided (if any).',
  operationId: 'extras_config_templates_render_create',
  schema: RENDER_SCHEMA,
  async handler(req) {
    checkFormat(req);
    const c = req.scope.cradle;
    if (!/^\d{1,18}$/.test(req.params.id!)) throw notFound();
    const resource = c.registry.resourceFor('extras.configtemplate')!;
    const template = await fetchRow(c, resource, Number(req.params.id));
    return renderConfigTemplate(req, c, template, bodyContext(req.body));
  },
});
