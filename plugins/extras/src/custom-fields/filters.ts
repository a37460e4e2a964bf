/** Filter sets of custom fields and choice sets (NetBox's extras/filtersets.py). */
import { choice, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { CustomField, CustomFieldChoiceSet } from './models.js';
import { CustomFieldChoiceSetBaseChoices, CustomFieldFilterLogicChoices, CustomFieldTypeChoices, CustomFieldUIEditableChoices, CustomFieldUIVisibleChoices } from './choices.js';

const TEXT_LOOKUPS = ['n', 'ic', 'nic', 'iew', 'niew', 'isw', 'nisw', 'ie', 'nie'];

/** Escapes LIKE metacharacters. */
const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A condition on one label of an "app.model" label array, per text lookup. */
function labelMatch(lookup: string, value: string): [string, string] {
  switch (lookup) {
    case 'ic': return ['o ILIKE ?', `%${like(value)}%`];
    case 'isw': return ['o ILIKE ?', `${like(value)}%`];
    case 'iew': return ['o ILIKE ?', `%${like(value)}`];
    case 'ie': return ['lower(o) = lower(?)', value];
    default: return ['o = ?', value];
  }
}

/** NetBox's ContentTypeFilter on an array of labels: any label matches (negated: none does). */
function labelsFilter(column: string) {
  return method('text', (qb, values, lookup, negate) => {
    qb.where((w) => {
      for (const v of values) {
        const [cond, binding] = labelMatch(lookup, String(v));
        const sql = `EXISTS (SELECT 1 FROM unnest(${column}) AS o WHERE ${cond})`;
        if (negate) w.andWhereRaw(`NOT ${sql}`, [binding]);
        else w.orWhereRaw(sql, [binding]);
      }
    });
  }, TEXT_LOOKUPS);
}

/** Object type ids (core_objecttype) matched against a label array or a label column. */
function typeIdFilter(expr: string) {
  return method('number', (qb, values, _lookup, negate) => {
    const sql = `EXISTS (SELECT 1 FROM core_objecttype ot WHERE ot.id = ANY(?::bigint[]) AND ot.app_label || '.' || ot.model = ${expr})`;
    const ids = values.map((v) => String(Math.trunc(Number(v))));
    if (negate) qb.whereRaw(`NOT ${sql}`, [ids]);
    else qb.whereRaw(sql, [ids]);
  }, ['n']);
}

/** Filters of `/api/extras/custom-fields/` (NetBox's CustomFieldFilterSet). */
export const customFieldFilterSet = defineFilterSet(CustomField, {
  fields: {
    name: 'text',
    label: 'text',
    group_name: 'text',
    required: 'boolean',
    unique: 'boolean',
    search_weight: 'number',
    filter_logic: choice(CustomFieldFilterLogicChoices),
    ui_visible: choice(CustomFieldUIVisibleChoices),
    ui_editable: choice(CustomFieldUIEditableChoices),
    weight: 'number',
    is_cloneable: 'boolean',
    description: 'text',
    validation_minimum: 'number',
    validation_maximum: 'number',
    validation_regex: 'text',
    type: choice(CustomFieldTypeChoices),
    object_type: labelsFilter('t.object_types'),
    object_type_id: typeIdFilter('ANY(t.object_types)'),
    related_object_type: method('text', (qb, values, _lookup, negate) => {
      if (negate) qb.where((w) => w.whereNotIn('t.related_object_type', values as string[]).orWhereNull('t.related_object_type'));
      else qb.whereIn('t.related_object_type', values as string[]);
    }, ['n']),
    related_object_type_id: typeIdFilter('t.related_object_type'),
    choice_set: relation(() => CustomFieldChoiceSet, { by: 'name' }),
  },
  search: ['name', 'label', 'group_name', 'description', 'comments'],
});

/** Filters of `/api/extras/custom-field-choice-sets/` (NetBox's CustomFieldChoiceSetFilterSet). */
export const customFieldChoiceSetFilterSet = defineFilterSet(CustomFieldChoiceSet, {
  fields: {
    name: 'text',
    description: 'text',
    base_choices: choice(CustomFieldChoiceSetBaseChoices),
    order_alphabetically: 'boolean',
    // NetBox: extra_choices && ARRAY[values] — a value or a label equal to one given.
    choice: method('text', (qb: Knex.QueryBuilder, values, _lookup, negate) => {
      const sql = 'EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(t.extra_choices, \'[]\'::jsonb)) AS e WHERE e ->> 0 = ANY(?::text[]) OR e ->> 1 = ANY(?::text[]))';
      const list = values as string[];
      if (negate) qb.whereRaw(`NOT ${sql}`, [list, list]);
      else qb.whereRaw(sql, [list, list]);
    }, ['n']),
  },
  search: ['name', 'description'],
});
