/**
 * `object_types` of custom links, export templates and saved filters: a many-to-many to
 * core_objecttype, written and shown as "app.model" labels (NetBox's ContentTypeField), plus the
 * `object_type` / `object_type_id` filters NetBox's filter sets give them.
 */
import { ObjectType, ValidationError, featuresOf, field, method, type FieldSpec, type FilterDef, type Knex, type Registry } from '@patchbay/core';

/** The M2M field; `table` is NetBox's through table, `from` its column pointing back at the owner. */
export function objectTypesField(table: string, from: string): FieldSpec {
  return field.many(() => ObjectType, { table, from, to: 'objecttype_id' }, {
    required: true,
    schema: { type: 'array', items: { type: 'string' } },
    render: (list) => (list as { app_label: string; model: string }[]).map((o) => `${o.app_label}.${o.model}`),
  });
}

/**
 * Written labels → core_objecttype ids, with NetBox's ContentTypeField messages; with `feature`,
 * only models having it exist (NetBox limits the choices with FeatureQuery).
 */
export async function objectTypeIds(db: Knex, registry: Registry, value: unknown, feature?: string): Promise<number[]> {
  if (!Array.isArray(value)) throw ValidationError.field('object_types', `Expected a list of items but got type "${value === null ? 'null' : typeof value}".`);
  if (value.length === 0) throw ValidationError.field('object_types', 'This list may not be empty.');
  const labels = [...new Set(value)];
  for (const label of labels) {
    if (typeof label !== 'string' || !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(label))
      throw ValidationError.field('object_types', `Invalid value. Specify a content type as '<app_label>.<model_name>'.`);
    const model = registry.models.get(label);
    if (!model || (feature && !featuresOf(model).has(feature))) throw ValidationError.field('object_types', `Content type ${label} not found`);
  }
  const rows: { id: number; label: string }[] = await db('core_objecttype')
    .select('id', db.raw(`app_label || '.' || model as label`))
    .whereRaw(`app_label || '.' || model = ANY(?)`, [labels]);
  const byLabel = new Map(rows.map((r) => [r.label, Number(r.id)]));
  const missing = (labels as string[]).find((l) => !byLabel.has(l));
  if (missing) throw ValidationError.field('object_types', `Content type ${missing} not found`);
  return (labels as string[]).map((l) => byLabel.get(l)!);
}

/** The label SQL of an object type row aliased `o`. */
const LABEL = `o.app_label || '.' || o.model`;

/** SQL condition on a label for a text lookup ('' exact, ic, ie, isw, iew). */
function labelMatch(qb: Knex.QueryBuilder, lookup: string, values: unknown[]): void {
  const strs = values.map(String);
  qb.where((w) => {
    for (const v of strs) {
      const esc = v.replace(/[\\%_]/g, (ch) => `\\${ch}`);
      if (lookup === '' ) w.orWhereRaw(`${LABEL} = ?`, [v]);
      else if (lookup === 'ie') w.orWhereRaw(`lower(${LABEL}) = lower(?)`, [v]);
      else if (lookup === 'ic') w.orWhereRaw(`${LABEL} ILIKE ?`, [`%${esc}%`]);
      else if (lookup === 'isw') w.orWhereRaw(`${LABEL} ILIKE ?`, [`${esc}%`]);
      else if (lookup === 'iew') w.orWhereRaw(`${LABEL} ILIKE ?`, [`%${esc}`]);
    }
  });
}

/**
 * `object_type` (label, with NetBox's char lookups) and `object_type_id` filters over an M2M
 * through table; NetBox's `object_type=dcim.site` matches objects whose types include it.
 */
export function objectTypesFilters(table: string, from: string): Record<string, FilterDef> {
  const through = (negate: boolean, qb: Knex.QueryBuilder, inner: (sub: Knex.QueryBuilder) => void) => {
    const method = negate ? 'whereNotIn' : 'whereIn';
    qb[method]('t.id', (sub: Knex.QueryBuilder) => {
      sub.select(`j.${from}`).from(`${table} as j`).join('core_objecttype as o', 'o.id', 'j.objecttype_id');
      inner(sub);
    });
  };
  return {
    object_type: method('text', (qb, values, lookup, negate) => through(negate, qb, (sub) => labelMatch(sub, lookup, values)),
      ['n', 'ic', 'nic', 'ie', 'nie', 'iew', 'niew', 'isw', 'nisw']),
    object_type_id: method('number', (qb, values, _lookup, negate) => through(negate, qb, (sub) => sub.whereIn('o.id', values as number[])), ['n']),
  };
}

/** `object_type` / `object_type_id` of a model that stores one label in a column (image attachments). */
export function objectTypeColumnFilters(column: string): Record<string, FilterDef> {
  return {
    object_type: method('text', (qb, values, _lookup, negate) => {
      qb[negate ? 'whereNotIn' : 'whereIn'](`t.${column}`, values.map(String));
    }, ['n']),
    object_type_id: method('number', (qb, values, _lookup, negate) => {
      qb[negate ? 'whereNotIn' : 'whereIn'](`t.${column}`, (sub: Knex.QueryBuilder) => {
        sub.select(sub.client.raw(LABEL)).from('core_objecttype as o').whereIn('o.id', values as number[]);
      });
    }, ['n']),
  };
}
