/**
 * POST /api/dcim/devices/{id}/render-config/ and /api/virtualization/virtual-machines/{id}/render-config/
 * — NetBox's RenderConfigMixin: renders the object's config template (its own, else its role's,
 * else its platform's) with its config context, the request body on top, and the object itself
 * (as the API shows it) under `device` / `virtualmachine`. No template is a 400.
 */
import { defineRoute, fetchRow, notFound, renderOne, type Knex, type RouteDefinition } from '@patchbay/core';
import { RENDER_SCHEMA, bodyContext, checkFormat, renderConfigTemplate } from '../services/render-response.js';
import { DEVICE_SUBJECT, VM_SUBJECT, type ContextSubject } from '../services/config-context-query.js';

/** The preferred template id: the object's, else its role's, else its platform's (NetBox's get_config_template). */
async function templateIdOf(c: { knex: Knex }, row: Record<string, unknown>): Promise<number | null> {
  if (row.config_template_id != null) return Number(row.config_template_id);
  for (const [table, fk] of [['dcim_devicerole', row.role_id], ['dcim_platform', row.platform_id]] as const) {
    if (fk == null) continue;
    const owner = await c.knex(table).select('config_template_id').where('id', fk as number).first();
    if (owner?.config_template_id != null) return Number(owner.config_template_id);
  }
  return null;
}

function renderConfigRoute(app: string, slug: string, subject: ContextSubject): RouteDefinition {
  return defineRoute({
    method: 'POST',
    app,
    path: `/${slug}/:id/render-config/`,
    permission: { model: subject.label, action: 'add' },
    summary: `Resolve and render the preferred ConfigTemplate for this ${subject.kind === 'device' ? 'Device' : 'VirtualMachine'}.`,
    operationId: `${app}_${slug.replace(/-/g, '_')}_render_config_create`,
    schema: RENDER_SCHEMA,
    async handler(req) {
      checkFormat(req);
      const c = req.scope.cradle;
      if (!/^\d{1,18}$/.test(req.params.id!)) throw notFound();
      const resource = c.registry.resourceFor(subject.label)!;
      const row = await fetchRow(c, resource, Number(req.params.id));
      const templateId = await templateIdOf(c, row);
      if (templateId === null) return { status: 400, body: { error: `No config template found for this ${subject.kind}.` } };
      const template = await c.knex('extras_configtemplate').where('id', templateId).first();
      // The object as the API shows it; its config_context is the context's base.
      const object = await renderOne(resource.serializer, row, { db: c.knex, registry: c.registry, baseUrl: req.baseUrl });
      const configContext = (object.config_context ?? {}) as Record<string, unknown>;
      const context = { ...configContext, ...bodyContext(req.body), [subject.kind]: object };
      return renderConfigTemplate(req, c, template, context);
    },
  });
}

export const deviceRenderConfigRoute = renderConfigRoute('dcim', 'devices', DEVICE_SUBJECT);
export const vmRenderConfigRoute = renderConfigRoute('virtualization', 'virtual-machines', VM_SUBJECT);
