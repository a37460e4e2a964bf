/** Reads the custom fields that apply to a model: one indexed query, choice sets joined in. */
import type { Knex } from '@patchbay/core';
import type { CustomFieldDef } from './validate-value.js';

type Row = Record<string, unknown>;

/** Turns a joined row into a definition (choices ordered as the set orders them). */
export function toDef(r: Row): CustomFieldDef {
  let choices = (Array.isArray(r.choice_set_choices) ? r.choice_set_choices : []) as [string, string][];
  if (r.choice_set_ordered) choices = [...choices].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    id: Number(r.id),
    name: r.name as string,
    type: r.type as string,
    object_types: (r.object_types as string[]) ?? [],
    related_object_type: (r.related_object_type as string | null) ?? null,
    required: Boolean(r.required),
    unique: Boolean(r.unique),
    search_weight: Number(r.search_weight),
    filter_logic: r.filter_logic as string,
    default: r.default ?? null,
    validation_minimum: r.validation_minimum === null || r.validation_minimum === undefined ? null : Number(r.validation_minimum),
    validation_maximum: r.validation_maximum === null || r.validation_maximum === undefined ? null : Number(r.validation_maximum),
    validation_regex: (r.validation_regex as string) ?? '',
    choice_set_id: r.choice_set_id === null || r.choice_set_id === undefined ? null : Number(r.choice_set_id),
    choice_set_name: (r.choice_set_name as string | null) ?? null,
    choices,
  };
}

/** The base query: custom fields with their choice set's name and choices. */
function defsQuery(db: Knex): Knex.QueryBuilder {
  return db('extras_customfield as f')
    .leftJoin('extras_customfieldchoiceset as s', 's.id', 'f.choice_set_id')
    .select('f.*', { choice_set_name: 's.name', choice_set_choices: 's.extra_choices', choice_set_ordered: 's.order_alphabetically' });
}

/** Every custom field assigned to the model label, in NetBox's order (group, weight, name). */
export async function fieldsFor(db: Knex, label: string): Promise<CustomFieldDef[]> {
  const rows: Row[] = await defsQuery(db)
    .whereRaw('f.object_types @> ARRAY[?]::text[]', [label])
    .orderBy([{ column: 'f.group_name' }, { column: 'f.weight' }, { column: 'f.name' }]);
  return rows.map(toDef);
}

/** One custom field of the model by name, or undefined. */
export async function fieldNamed(db: Knex, label: string, name: string): Promise<CustomFieldDef | undefined> {
  const row: Row | undefined = await defsQuery(db).whereRaw('f.object_types @> ARRAY[?]::text[]', [label]).where('f.name', name).first();
  return row ? toDef(row) : undefined;
}
