/**
 * `cf_<name>` filters on every model with custom fields (NetBox's CustomField.to_filter() and the
 * lookups NetBoxModelFilterSet derives from it). The names are data, so they are resolved per
 * request; a field whose filter_logic is `disabled` (or a json field) has no filter, and the
 * parameter is then unknown like any other. Values are compared in SQL on the jsonb column.
 * The provider also widens each list's `q` to searchable custom field values.
 */
import { featuresOf, method, type FilterDef, type FilterProvider, type Knex } from '@patchbay/core';
import { fieldNamed } from './definitions.js';
import type { CustomFieldDef } from './validate-value.js';

const TEXT_LOOKUPS = ['n', 'ic', 'nic', 'iew', 'niew', 'isw', 'nisw', 'ie', 'nie', 'empty'];
const NUMBER_LOOKUPS = ['n', 'lt', 'lte', 'gt', 'gte', 'empty'];
const COL = 't.custom_field_data';

const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const CMP: Record<string, string> = { '': '=', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** The SQL (with bindings) comparing the field's value with one filter value. */
function condition(cf: CustomFieldDef, lookup: string, value: unknown): [string, unknown[]] {
  const key = cf.name;
  const text = `(${COL} ->> ?::text)`;
  switch (cf.type) {
    case 'text': case 'longtext': case 'url': case 'select': {
      const v = String(value);
      const loose = lookup === '' && cf.filter_logic === 'loose' && cf.type !== 'select';
      if (loose || lookup === 'ic') return [`${text} ILIKE ?`, [key, `%${like(v)}%`]];
      if (lookup === 'isw') return [`${text} ILIKE ?`, [key, `${like(v)}%`]];
      if (lookup === 'iew') return [`${text} ILIKE ?`, [key, `%${like(v)}`]];
      if (lookup === 'ie') return [`lower(${text}) = lower(?)`, [key, v]];
      return [`${text} = ?`, [key, v]];
    }
    case 'integer': case 'decimal': case 'object': {
      const num = `(CASE WHEN jsonb_typeof(${COL} -> ?::text) = 'number' THEN (${COL} ->> ?::text)::numeric END)`;
      return [`${num} ${CMP[lookup] ?? '='} ?::numeric`, [key, key, value]];
    }
    case 'date': {
      const d = `(CASE WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN (${COL} ->> ?::text)::date END)`;
      return [`${d} ${CMP[lookup] ?? '='} ?::date`, [key, key, value]];
    }
    case 'datetime': {
      const d = `(CASE WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}.*){0,1}$' THEN (${COL} ->> ?::text)::timestamptz END)`;
      return [`${d} ${CMP[lookup] ?? '='} ?::timestamptz`, [key, key, value]];
    }
    case 'boolean':
      return [`(${COL} -> ?::text) = to_jsonb(?::boolean)`, [key, value]];
    case 'multiselect':
      return [`(${COL} -> ?::text) @> jsonb_build_array(?::text)`, [key, String(value)]];
    case 'multiobject':
      return [`(${COL} -> ?::text) @> jsonb_build_array(?::bigint)`, [key, String(Math.trunc(Number(value)))]];
    default:
      return ['FALSE', []];
  }
}

/** The filter of one custom field, or undefined when it has none. */
export function filterFor(cf: CustomFieldDef): FilterDef | undefined {
  if (cf.filter_logic === 'disabled') return undefined;
  let kind: 'text' | 'number' | 'date' | 'datetime' | 'boolean';
  let lookups: string[];
  switch (cf.type) {
    case 'text': case 'longtext': case 'url': case 'select': kind = 'text'; lookups = TEXT_LOOKUPS; break;
    case 'integer': case 'decimal': case 'object': kind = 'number'; lookups = NUMBER_LOOKUPS; break;
    case 'date': kind = 'date'; lookups = NUMBER_LOOKUPS; break;
    case 'datetime': kind = 'datetime'; lookups = NUMBER_LOOKUPS; break;
    case 'boolean': kind = 'boolean'; lookups = ['n', 'empty']; break;
    case 'multiselect': kind = 'text'; lookups = ['n', 'empty']; break;
    case 'multiobject': kind = 'number'; lookups = ['n', 'empty']; break;
    default: return undefined;
  }
  return method(kind, (qb: Knex.QueryBuilder, values, lookup, negate) => {
    if (lookup === 'empty') {
      // NetBox's JSONEmpty: "", null or a missing key are empty (and, for lists, []).
      const empty = `(coalesce(${COL} ->> ?::text, '') IN ('', '[]'))`;
      qb.whereRaw(values[0] ? empty : `NOT ${empty}`, [cf.name]);
      return;
    }
    const parts = values.map((v) => condition(cf, lookup, v));
    const sql = parts.map(([s]) => `(${s})`).join(' OR ');
    const bindings = parts.flatMap(([, b]) => b);
    // Negations also match objects without the key (NetBox's MissingKeyAwareFilterMixin).
    qb.whereRaw(negate ? `NOT coalesce((${sql}), false)` : `(${sql})`, bindings as never[]);
  }, lookups);
}

/** Registered as a filter provider: `cf_<name>` parameters and the custom-field part of `q`. */
export const customFieldFilters: FilterProvider = {
  name: 'custom-fields',
  filtersFor() {
    return {};
  },
  // Our take on NetBox's search cache: `q` also matches the text of searchable custom field values.
  search(model, q, alias) {
    if (!featuresOf(model).has('custom_fields')) return undefined;
    const sql = `EXISTS (SELECT 1 FROM extras_customfield cf WHERE cf.object_types @> ARRAY[?]::text[] AND cf.search_weight > 0
      AND cf.type IN ('text', 'longtext', 'url', 'integer', 'decimal', 'date') AND (${alias}.custom_field_data ->> cf.name) ILIKE ?)`;
    return (qb) => void qb.whereRaw(sql, [model.label, `%${like(q)}%`]);
  },
  async resolve(ctx, model, param) {
    if (!param.startsWith('cf_') || !featuresOf(model).has('custom_fields')) return undefined;
    const cf = await fieldNamed(ctx.db, model.label, param.slice(3));
    return cf ? filterFor(cf) : undefined;
  },
};
