/**
 * NetBox's ConfigTemplateRenderMixin.render_configtemplate: renders a config template with a
 * context and answers `{configtemplate: <brief>, content}` as JSON, or the bare text when the
 * client asks for it (`?format=txt` or `Accept: text/plain`). A failed render is NetBox's 500
 * with the template's line; no template at all is the caller's 400.
 */
import { ValidationError, loadBrief, notFound, type RequestCradle, type RouteRequest, type RouteResponse } from '@patchbay/core';
import { TemplateRenderError, renderTemplate } from '../../templating/render.js';
import { ConfigTemplate, environmentParamsOf } from '../models/config-template.js';

type Row = Record<string, unknown>;

/** True when the client wants text: DRF picks the renderer from `?format=` first, then the Accept header. */
export function wantsText(req: RouteRequest): boolean {
  const format = req.query.get('format');
  if (format) return format === 'txt';
  const accept = String(req.headers.accept ?? '');
  const first = accept.split(',').map((s) => s.split(';')[0]!.trim()).find((s) => s === 'application/json' || s === 'text/plain');
  return first === 'text/plain';
}

/** `?format=` takes json or txt only (DRF answers 404 for an unknown format). */
export function checkFormat(req: RouteRequest): void {
  const format = req.query.get('format');
  if (format && format !== 'json' && format !== 'txt') throw notFound();
}

/** The request body as a context dict (NetBox updates a dict with request.data). */
export function bodyContext(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw new ValidationError({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${Array.isArray(body) ? 'list' : typeof body}.`] });
  return body as Record<string, unknown>;
}

/** Renders `template` (a stored row) with `context` and shapes the response. */
export async function renderConfigTemplate(req: RouteRequest, c: RequestCradle, template: Row, context: Record<string, unknown>): Promise<RouteResponse> {
  let content: string;
  try {
    // NetBox's ConfigTemplate.render() turns CRLF into LF.
    content = renderTemplate(String(template.template_code ?? ''), context, { environmentParams: environmentParamsOf(template) ?? {} }).replace(/\r\n/g, '\n');
  } catch (err) {
    if (!(err instanceof TemplateRenderError)) throw err;
    const line = /\[Line (\d+)/.exec(err.message)?.[1] ?? 'None';
    const message = err.message.replace(/^\[Line \d+, Column \d+\]\s*/, '').replace(/^Error: /, '');
    return { status: 500, body: { detail: `An error occurred while rendering the template (line ${line}): ${message}` } };
  }
  if (wantsText(req)) return { status: 200, type: 'text/plain', body: content };
  const brief = await loadBrief(ConfigTemplate, [Number(template.id)], { db: c.knex, registry: c.registry, baseUrl: req.baseUrl });
  return { status: 200, body: { configtemplate: brief.get(Number(template.id)) ?? null, content } };
}

/** OpenAPI of the render endpoints: any JSON object in; the rendered answer out (or text/plain). */
export const RENDER_SCHEMA = {
  request: { type: 'object', additionalProperties: {}, description: 'Context data for the template.' },
  response: {
    type: 'object',
    properties: {
      configtemplate: { type: 'object', properties: { id: { type: 'integer' }, url: { type: 'string', format: 'uri' }, display: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' } } },
      content: { type: 'string' },
    },
  },
};
