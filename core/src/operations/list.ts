/**
 * Transport-free reads (list and retrieve) used by the REST API and anything else that needs
 * NetBox-shaped results. A list page costs: one count, one page query, and one query per related
 * table or count field selected — never one per row.
 */
import type { Knex } from 'knex';
import type { RequestCradle } from '../container/cradle.js';
import type { Resource } from '../api/resource.js';
import { ValidationError, notFound } from '../errors.js';
import { applyFilters, cursorPaging } from '../filters/apply-filters.js';
import { renderRows, type Json, type Row } from '../serializers/render.js';
import { fieldsOf } from '../models/base-model.js';
import { columnOf } from '../models/fields.js';
import { selectFields } from './selection.js';
import { applyOrderTerms, defaultOrderTerms, type OrderTerm } from './ordering.js';

export interface ListResult {
  count: number | null;
  next: string | null;
  previous: string | null;
  results: Json[];
}

/**
 * The base query of a resource's reads, narrowed by permissions for `action`. Wrapped in an
 * object because a knex builder is thenable: returning it from an async function would run it.
 */
export async function baseQuery(c: RequestCradle, resource: Resource, action: string, db: Knex = c.knex): Promise<{ qb: Knex.QueryBuilder }> {
  const qb = db(`${resource.model.tableName} as t`).select('t.*');
  resource.queryShape?.(qb);
  await c.permissions.restrict(c, qb, resource.model, action, 't');
  return { qb };
}

/** A list-control parameter given twice counts once, the last value winning (Django's QueryDict). */
function lastParam(params: URLSearchParams, name: string): string | null {
  const all = params.getAll(name);
  return all.length ? all[all.length - 1]! : null;
}

/**
 * A non-negative integer parameter. Beyond 2^53 an offset or cursor cannot address a row, so it
 * answers 400 naming it; a huge limit just means "as many as allowed" (`huge`).
 */
function parseNonNegative(params: URLSearchParams, name: string, huge?: number): number | undefined {
  const raw = lastParam(params, name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new ValidationError({ [name]: ['A valid integer is required.'] });
  const n = Number(raw);
  if (!Number.isSafeInteger(n) && huge !== undefined) return huge;
  if (!Number.isSafeInteger(n)) throw new ValidationError({ [name]: [`Ensure this value is less than or equal to ${Number.MAX_SAFE_INTEGER}.`] });
  return n;
}

/**
 * ORDER BY from `?ordering=` (unknown names are ignored, as DRF does) or the model's default; id
 * last. A foreign key orders by its target's own ordering (see ordering.ts), as Django does.
 */
export function applyOrdering(qb: Knex.QueryBuilder, resource: Resource, params: URLSearchParams): void {
  const fields = fieldsOf(resource.model);
  const requested = (lastParam(params, 'ordering') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const terms: OrderTerm[] = [];
  for (const term of requested) {
    const desc = term.startsWith('-');
    const name = desc ? term.slice(1) : term;
    if (name === 'id') { terms.push({ name: 'id', desc }); continue; }
    const spec = fields[name];
    if (spec && columnOf(name, spec) && resource.serializer.fields.includes(name)) terms.push({ name, desc });
  }
  // PostgreSQL's default NULL placement (as Django emits it) unless the model's ordering asks for
  // another: an explicit NULLS FIRST on ASC keeps a plain index from serving the order.
  applyOrderTerms(qb, resource.model, terms.length ? terms : defaultOrderTerms(resource.model));
}

function pageUrl(base: string, params: URLSearchParams, changes: Record<string, string | null>): string {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) p.delete(k);
    else p.set(k, v);
  }
  const qs = p.toString();
  return qs ? `${base}?${qs}` : base;
}

/**
 * The parameters a list is filtered with: the request's, rewritten by every plugin list parameter
 * that applies to the model (a saved filter merges its stored parameters in). Paging links keep
 * the request's own parameters.
 */
export async function prepareListParams(c: RequestCradle, resource: Resource, params: URLSearchParams): Promise<URLSearchParams> {
  let out = params;
  for (const lp of c.registry.listParameters.values()) {
    if (lp.prepare && (lp.appliesTo?.(resource.model) ?? true)) out = await lp.prepare(c, resource, out);
  }
  return out;
}

/**
 * Every row a list request matches (filters, ordering, field selection; no paging), rendered —
 * what an export renders. More than `cap` rows answers 400 rather than exhausting memory.
 */
export async function listAllObjects(c: RequestCradle, resource: Resource, params: URLSearchParams, cap = 100_000): Promise<Json[]> {
  const filterParams = await prepareListParams(c, resource, params);
  const { qb } = await baseQuery(c, resource, 'view');
  await applyFilters(qb, resource.filterSet, filterParams, { strict: c.config.strictFilters, alias: 't', db: c.knex, registry: c.registry, userId: c.user?.id ?? null });
  applyOrdering(qb, resource, params);
  const rows: Row[] = await qb.limit(cap + 1);
  if (rows.length > cap) throw new ValidationError({ non_field_errors: [`This request matches more than ${cap} objects; narrow it down with filters.`] });
  return renderRows(resource.serializer, rows, selectFields(resource.serializer, params), { db: c.knex, registry: c.registry, baseUrl: c.baseUrl });
}

export async function listObjects(c: RequestCradle, resource: Resource, params: URLSearchParams, listUrl: string): Promise<ListResult> {
  const { config } = c;
  const limitParam = parseNonNegative(params, 'limit', Number.MAX_SAFE_INTEGER);
  const offset = parseNonNegative(params, 'offset') ?? 0;
  const start = cursorPaging(resource.filterSet) ? parseNonNegative(params, 'start') : undefined;
  if (start !== undefined && lastParam(params, 'offset')) throw new ValidationError({ start: ['The start and offset parameters are mutually exclusive.'] });
  if (start !== undefined && lastParam(params, 'ordering')) throw new ValidationError({ start: ['Ordering cannot be combined with the start parameter.'] });
  const max = config.maxPageSize;
  let limit = limitParam ?? config.paginateCount;
  if (limit === 0 || (max > 0 && limit > max)) limit = max;

  const { qb } = await baseQuery(c, resource, 'view');
  const filterParams = await prepareListParams(c, resource, params);
  await applyFilters(qb, resource.filterSet, filterParams, { strict: config.strictFilters, alias: 't', db: c.knex, registry: c.registry, userId: c.user?.id ?? null });
  const selection = selectFields(resource.serializer, params);

  let rows: Row[];
  let count: number | null = null;
  let next: string | null = null;
  let previous: string | null = null;
  if (start !== undefined) {
    qb.where('t.id', '>=', start).orderBy('t.id', 'asc');
    if (limit > 0) qb.limit(limit + 1);
    rows = await qb;
    if (limit > 0 && rows.length > limit) {
      rows = rows.slice(0, limit);
      next = pageUrl(listUrl, params, { start: String(Number(rows[rows.length - 1]!.id) + 1) });
    }
  } else {
    const countQuery = qb.clone().clearSelect().clearOrder().count({ n: '*' });
    applyOrdering(qb, resource, params);
    if (limit > 0) qb.limit(limit);
    if (offset) qb.offset(offset);
    // Independent statements: on PostgreSQL they run on two pooled connections at once.
    const [counted, page] = await Promise.all([countQuery as unknown as Promise<{ n: unknown }[]>, qb as unknown as Promise<Row[]>]);
    count = Number(counted[0]!.n);
    rows = page;
    if (limit > 0 && offset + limit < count) next = pageUrl(listUrl, params, { limit: String(limit), offset: String(offset + limit) });
    if (offset > 0 && limit > 0)
      previous = offset - limit > 0
        ? pageUrl(listUrl, params, { limit: String(limit), offset: String(offset - limit) })
        : pageUrl(listUrl, params, { limit: String(limit), offset: null });
  }
  const results = await renderRows(resource.serializer, rows, selection, { db: c.knex, registry: c.registry, baseUrl: c.baseUrl });
  return { count, next, previous, results };
}

/** Parses a detail URL's id; anything but a positive integer is a 404 (as Django's URL patterns). */
export function parseId(raw: string): number {
  if (!/^\d{1,18}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** One object by id, or 404 when absent or not visible to the user. */
export async function fetchRow(c: RequestCradle, resource: Resource, id: number, action = 'view', db: Knex = c.knex): Promise<Row> {
  const { qb } = await baseQuery(c, resource, action, db);
  const row = await qb.where('t.id', id).first();
  if (!row) throw notFound();
  return row;
}

export async function getObject(c: RequestCradle, resource: Resource, id: number, params: URLSearchParams): Promise<{ json: Json; row: Row }> {
  const row = await fetchRow(c, resource, id);
  const [json] = await renderRows(resource.serializer, [row], selectFields(resource.serializer, params), {
    db: c.knex, registry: c.registry, baseUrl: c.baseUrl,
  });
  return { json: json!, row };
}
