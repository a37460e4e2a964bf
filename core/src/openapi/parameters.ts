/**
 * Query parameters of a list operation: every filter of the resource's filter set with every
 * lookup apply-filters.ts accepts for it (so a parameter documented here is never answered with
 * "Unknown filter."), then the list controls (pagination, ordering, field selection, search).
 */
import type { Resource } from '../api/resource.js';
import type { FilterDef, ScalarFilterKind } from '../filters/define-filter-set.js';
import { lookupsFor } from '../filters/lookups.js';
import { cursorPaging } from '../filters/apply-filters.js';
import { columnOf } from '../models/fields.js';
import { fieldsOf } from '../models/base-model.js';
import type { JsonSchema } from './field-schemas.js';
import type { ListParameter } from '../plugin/extension-points.js';

/** An OpenAPI parameter object. */
export type Parameter = JsonSchema & { name: string; in: 'query' | 'path' };

/** The value schema of one query value of a scalar filter kind. */
function valueSchema(kind: ScalarFilterKind): JsonSchema {
  switch (kind) {
    case 'text': case 'cidr': case 'inet': return { type: 'string' };
    case 'number': return { type: 'number' };
    case 'int_array': return { type: 'integer' };
    case 'boolean': return { type: 'boolean' };
    case 'date': return { type: 'string', format: 'date' };
    case 'datetime': return { type: 'string', format: 'date-time' };
    case 'uuid': return { type: 'string', format: 'uuid' };
  }
}

/** A repeatable filter (`?x=a&x=b` is OR), as NetBox documents them. */
function multi(name: string, items: JsonSchema, description?: string): Parameter {
  const p: Parameter = { name, in: 'query', required: false, schema: { type: 'array', items }, explode: true, style: 'form' };
  if (description) p.description = description;
  return p;
}

function single(name: string, schema: JsonSchema, description: string): Parameter {
  return { name, in: 'query', required: false, description, schema };
}

/** The parameters one filter gives: its exact form plus one per lookup. */
function filterParameters(name: string, def: FilterDef): Parameter[] {
  const out: Parameter[] = [];
  const withLookups = (base: string, lookups: string[], items: JsonSchema, exactItems: JsonSchema = items, what?: string) => {
    out.push(multi(base, exactItems, what));
    for (const lookup of lookups) {
      if (lookup === 'empty') out.push(single(`${base}__empty`, { type: 'boolean' }, 'True matches objects where the value is empty.'));
      else out.push(multi(`${base}__${lookup}`, lookup === 'n' ? exactItems : items, what));
    }
  };
  if (typeof def === 'string') withLookups(name, lookupsFor(def), valueSchema(def));
  else if (def.kind === 'relation') {
    const target = def.target();
    const what = target.verboseName ?? target.label;
    withLookups(`${name}_id`, lookupsFor('relation'), { type: 'integer' }, { type: 'integer' }, `${what} (ID); \`null\` matches objects without one`);
    if (def.by !== false) withLookups(name, lookupsFor('relation'), { type: 'string' }, { type: 'string' }, `${what} (${def.by ?? 'slug'})`);
  } else if (def.kind === 'choice') {
    withLookups(name, lookupsFor('choice'), { type: 'string' }, { type: 'string', enum: def.choices.values() });
  } else if (def.kind === 'method') withLookups(name, def.lookups ?? [], valueSchema(def.valueKind));
  else withLookups(name, lookupsFor(def.kind), valueSchema(def.kind));
  return out;
}

/**
 * Query parameters of the list operation of a resource, filters first (by name), then controls,
 * then those plugins' list parameters (`?export=`, `?filter=`) add for the model.
 */
export function listParameters(resource: Resource, pluginParams: readonly ListParameter[] = []): Parameter[] {
  const byName = new Map<string, Parameter>();
  for (const [name, def] of Object.entries(resource.filterSet.filters))
    for (const p of filterParameters(name, def)) if (!byName.has(p.name)) byName.set(p.name, p);
  const filters = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  const extra = pluginParams
    .filter((lp) => lp.appliesTo?.(resource.model) ?? true)
    .flatMap((lp) => (lp.openapi ?? []).map((p) => single(p.name, p.schema as JsonSchema, p.description)));
  return [...filters, ...controlParameters(resource, true), ...extra];
}

/** Columns `?ordering=` accepts (list.ts's applyOrdering): id and every shown field stored in a column. */
function orderable(resource: Resource): string[] {
  const fields = fieldsOf(resource.model);
  return resource.serializer.fields.filter((n) => n === 'id' || (fields[n] !== undefined && columnOf(n, fields[n]) !== undefined));
}

/** Pagination, ordering, field selection and search (lists), or field selection only (detail reads). */
export function controlParameters(resource: Resource, list: boolean): Parameter[] {
  const selection = [
    single('brief', { type: 'boolean' }, 'Return the brief form of each object.'),
    single('fields', { type: 'string' }, 'Comma-separated fields to return (wins over `brief` and `omit`).'),
    single('omit', { type: 'string' }, 'Comma-separated fields to leave out.'),
  ];
  if (!list) return selection;
  return [
    single('limit', { type: 'integer', minimum: 0 }, 'Number of results to return per page.'),
    single('offset', { type: 'integer', minimum: 0 }, 'The initial index from which to return the results.'),
    ...(cursorPaging(resource.filterSet)
      ? [single('start', { type: 'integer', minimum: 0 }, 'Cursor paging: return objects with an id of at least this value (no count; not with offset or ordering).')]
      : []),
    single('ordering', { type: 'string' }, `Which field to use when ordering the results (comma-separated, \`-\` for descending): ${orderable(resource).join(', ')}.`),
    ...selection,
    single('q', { type: 'string' }, 'Search'),
  ];
}

/** The `{id}` path parameter of detail operations. */
export const ID_PARAMETER: Parameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'A unique integer value identifying this object.',
  schema: { type: 'integer' },
};
