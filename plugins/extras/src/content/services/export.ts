/**
 * `?export=<name>` on any list endpoint (NetBox's ExportTemplatesMixin + ExportTemplate.render_to_response):
 * the named export template of the list's model renders the whole filtered list — each object as
 * the model's serializer shows it — and answers with the template's MIME type and, when it is
 * an attachment, `Content-Disposition: attachment; filename="netbox_<verbose name plural>.<ext>"`.
 */
import { PatchbayError, notFound, badRequest, type ListParameter, type RequestCradle, type Resource } from '@patchbay/core';
import { ExportTemplate } from '../models/export-template.js';
import { renderTemplate, TemplateRenderError } from '../../templating/render.js';
import { contentSettings } from './settings.js';

/** The export template named `name` for the model, among those the user may view. */
async function findTemplate(c: RequestCradle, label: string, name: string): Promise<Record<string, unknown> | undefined> {
  const qb = c.knex(`${ExportTemplate.tableName} as t`).select('t.*')
    .where('t.name', name)
    .whereExists((sub) => {
      sub.select(c.knex.raw('1')).from('extras_exporttemplate_object_types as j')
        .join('core_objecttype as o', 'o.id', 'j.objecttype_id')
        .whereRaw('j.exporttemplate_id = t.id')
        .whereRaw(`o.app_label || '.' || o.model = ?`, [label]);
    })
    .orderBy('t.id');
  try {
    await c.permissions.restrict(c, qb, ExportTemplate, 'view', 't');
  } catch (err) {
    // No view permission at all: NetBox's restrict() yields nothing, so the template is not found.
    if (err instanceof PatchbayError && err.status === 403) return undefined;
    throw err;
  }
  return qb.first();
}

/** The response NetBox's render_to_response builds for a template and a rendered list. */
export function exportResponse(template: Record<string, unknown>, resource: Resource, output: string) {
  const headers: Record<string, string> = {};
  if (template.as_attachment) {
    const basename = (resource.model.verboseNamePlural ?? resource.slug).replace(/ /g, '_');
    const extension = template.file_extension ? `.${String(template.file_extension)}` : '';
    headers['Content-Disposition'] = `attachment; filename="netbox_${basename}${extension}"`;
  }
  return { type: String(template.mime_type || 'text/plain; charset=utf-8'), body: output, headers };
}

export const exportParameter: ListParameter = {
  name: 'extras.export',
  params: ['export'],
  openapi: [{ name: 'export', description: 'Render the list with the export template of this name (the whole filtered list, not a page).', schema: { type: 'string' } }],
  async respond(c, resource, params, list) {
    const all = params.getAll('export');
    const name = all[all.length - 1] ?? '';
    const template = await findTemplate(c, resource.model.label, name);
    if (!template) throw notFound();
    const queryset = await list.all({ cap: contentSettings(c.registry).exportMaxObjects });
    let output: string;
    try {
      output = renderTemplate(String(template.template_code), { queryset });
    } catch (err) {
      if (err instanceof TemplateRenderError) throw badRequest(`An error occurred while rendering the template: ${err.message}`);
      throw err;
    }
    // NetBox replaces CRLF-style line terminators.
    return exportResponse(template, resource, output.replace(/\r\n/g, '\n'));
  },
};
