/**
 * GET /api/extras/custom-field-choice-sets/{id}/choices/ — NetBox's `choices` action: the set's
 * choices as `{id: value, display: label}`, filtered by `q` (value or label contains, any case)
 * and paginated like any list (`{count, next, previous, results}`).
 */
import { defineRoute, fetchRow, notFound, ValidationError, type RequestCradle } from '@patchbay/core';

/** Reads a non-negative integer query parameter (DRF's pagination wording). */
function nonNegative(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new ValidationError({ [name]: ['A valid integer is required.'] });
  return Number(raw);
}

/** The page URL with `limit`/`offset` replaced (null removes the parameter). */
function pageUrl(base: string, params: URLSearchParams, set: Record<string, string | null>): string {
  const q = new URLSearchParams(params);
  for (const [k, v] of Object.entries(set)) if (v === null) q.delete(k); else q.set(k, v);
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** The `choices` action of a choice set. */
export const choiceSetChoicesRoute = defineRoute({
  method: 'GET',
  path: '/custom-field-choice-sets/:id/choices/',
  permission: { model: 'extras.customfieldchoiceset', action: 'view' },
  summary: 'Provides an endpoint to iterate through each choice in a set.',
  schema: {
    response: {
      type: 'object',
      properties: {
        count: { type: 'integer' },
        next: { type: 'string', nullable: true },
        previous: { type: 'string', nullable: true },
        results: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, display: { type: 'string' } } } },
      },
    },
  },
  async handler(req) {
    const c: RequestCradle = req.scope.cradle;
    if (!/^\d{1,18}$/.test(req.params.id ?? '')) throw notFound();
    const row = await fetchRow(c, c.registry.resources.require('extras/custom-field-choice-sets'), Number(req.params.id));
    let choices = ((row.extra_choices as [string, string][] | null) ?? []).slice();
    if (row.order_alphabetically) choices.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const q = req.query.get('q')?.toLowerCase();
    if (q) choices = choices.filter(([v, l]) => v.toLowerCase().includes(q) || l.toLowerCase().includes(q));
    const max = c.config.maxPageSize;
    let limit = nonNegative(req.query, 'limit') ?? c.config.paginateCount;
    if (limit === 0 || (max > 0 && limit > max)) limit = max;
    const offset = nonNegative(req.query, 'offset') ?? 0;
    const page = limit > 0 ? choices.slice(offset, offset + limit) : choices.slice(offset);
    const base = `${c.baseUrl}/api/extras/custom-field-choice-sets/${row.id}/choices/`;
    const next = limit > 0 && offset + limit < choices.length ? pageUrl(base, req.query, { limit: String(limit), offset: String(offset + limit) }) : null;
    const previous = offset > 0 && limit > 0
      ? pageUrl(base, req.query, { limit: String(limit), offset: offset - limit > 0 ? String(offset - limit) : null })
      : null;
    return { body: { count: choices.length, next, previous, results: page.map(([id, display]) => ({ id, display })) } };
  },
});
