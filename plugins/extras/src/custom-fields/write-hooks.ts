/**
 * Write steps of the custom-field endpoints that the generic parse cannot say: object types given
 * as "app.model" labels checked against the registry (NetBox's ContentTypeField), NetBox's
 * CustomField.clean() and CustomFieldChoiceSet.clean()/save() rules.
 */
import { featuresOf, ValidationError, type Knex, type Registry, type ResourceDefinition } from '@patchbay/core';
import { CustomFieldTypeChoices, OBJECT_TYPES, SELECT_TYPES, TEXT_TYPES } from './choices.js';
import { toDef } from './definitions.js';
import { pyStr, pyType } from './py-format.js';
import { compileRegex, CustomFieldValueError, validateValue } from './validate-value.js';

type WriteHooks = NonNullable<ResourceDefinition['hooks']>;
type Row = Record<string, unknown>;

const LABEL_RE = /^[a-z0-9_]+\.[a-z0-9_]+$/;

/** One "app.model" label: NetBox's ContentTypeField messages. */
function checkLabel(registry: Registry, field: string, value: unknown, needsCustomFields: boolean): string {
  if (typeof value !== 'string' || !LABEL_RE.test(value))
    throw ValidationError.field(field, "Invalid value. Specify a content type as '<app_label>.<model_name>'.");
  const model = registry.models.get(value);
  if (!model || (needsCustomFields && !featuresOf(model).has('custom_fields'))) throw ValidationError.field(field, `Invalid content type: ${value}`);
  return value;
}

/** A JSON column's value after the parse (a JSON string) or as stored (already parsed). */
function jsonValue(parsed: Row, prev: Row | null, key: string): unknown {
  if (key in parsed) return parsed[key] === null ? null : JSON.parse(parsed[key] as string);
  return prev?.[key] ?? null;
}

/** The field's choice set as a definition needs it (for validating a select default). */
async function choiceSet(trx: Knex, id: unknown): Promise<{ name: string | null; choices: unknown; ordered: boolean }> {
  if (id === null || id === undefined) return { name: null, choices: [], ordered: false };
  const set = await trx('extras_customfieldchoiceset').select('name', 'extra_choices', 'order_alphabetically').where('id', id as number).first();
  return { name: set?.name ?? null, choices: set?.extra_choices ?? [], ordered: Boolean(set?.order_alphabetically) };
}

/** CustomField.clean(), first failing rule first (as NetBox raises them one at a time). */
async function cleanCustomField(trx: Knex, row: Row, prev: Row | null, dflt: unknown, filter: unknown): Promise<void> {
  const type = row.type as string;
  const name = String(row.name ?? '');
  const nameErrors: string[] = [];
  if (!/^[a-z0-9_]+$/i.test(name)) nameErrors.push('Only alphanumeric characters and underscores are allowed.');
  if (name.includes('__')) nameErrors.push('Double underscores are not permitted in custom field names.');
  if (nameErrors.length) throw new ValidationError({ name: nameErrors });
  if (prev && prev.type !== type) throw ValidationError.field('type', 'Changing the type of custom fields is not supported.');
  const regex = String(row.validation_regex ?? '');
  if (regex && !compileRegex(regex)) throw ValidationError.field('validation_regex', `${regex} is not a valid regular expression.`);
  if (type !== 'integer' && type !== 'decimal') {
    if (row.validation_minimum) throw ValidationError.field('validation_minimum', 'A minimum value may be set only for numeric fields');
    if (row.validation_maximum) throw ValidationError.field('validation_maximum', 'A maximum value may be set only for numeric fields');
  }
  if (regex && !TEXT_TYPES.has(type))
    throw ValidationError.field('validation_regex', 'Regular expression validation is supported only for text and URL fields');
  if (row.unique && type === 'boolean') throw ValidationError.field('unique', 'Uniqueness cannot be enforced for boolean fields');
  const hasSet = row.choice_set_id !== null && row.choice_set_id !== undefined;
  if (SELECT_TYPES.has(type) && !hasSet) throw ValidationError.field('choice_set', 'Selection fields must specify a set of choices.');
  if (!SELECT_TYPES.has(type) && hasSet) throw ValidationError.field('choice_set', 'Choices may be set only on selection fields.');
  if (OBJECT_TYPES.has(type) && !row.related_object_type) throw ValidationError.field('related_object_type', 'Object fields must define an object type.');
  if (!OBJECT_TYPES.has(type) && row.related_object_type)
    throw ValidationError.field('type', `${CustomFieldTypeChoices.label(type)} fields may not define an object type.`);
  if (filter !== null) {
    if (!OBJECT_TYPES.has(type)) throw ValidationError.field('related_object_filter', 'A related object filter can be defined only for object fields.');
    if (typeof filter !== 'object' || Array.isArray(filter))
      throw ValidationError.field('related_object_filter', 'Filter must be defined as a dictionary mapping attributes to values.');
  }
  if (dflt !== null) {
    const set = await choiceSet(trx, row.choice_set_id);
    const def = toDef({ ...row, required: false, choice_set_name: set.name, choice_set_choices: set.choices, choice_set_ordered: set.ordered });
    try {
      validateValue(def, type === 'text' || type === 'longtext' ? pyStr(dflt) : dflt);
    } catch (err) {
      if (!(err instanceof CustomFieldValueError)) throw err;
      throw ValidationError.field('default', `Invalid default value "${pyStr(dflt)}": ${err.message}`);
    }
  }
}

/** `/api/extras/custom-fields/` write steps. */
export const customFieldHooks: WriteHooks = {
  async prepare({ c, body }) {
    const out = { ...body };
    if (body.object_types !== undefined) {
      if (!Array.isArray(body.object_types))
        throw ValidationError.field('object_types', `Expected a list of items but got type "${pyType(body.object_types)}".`);
      out.object_types = [...new Set(body.object_types.map((v) => checkLabel(c.registry, 'object_types', v, true)))].sort();
    }
    if (body.related_object_type !== undefined && body.related_object_type !== null && body.related_object_type !== '')
      out.related_object_type = checkLabel(c.registry, 'related_object_type', body.related_object_type, false);
    return out;
  },
  async beforeSave({ trx, parsed, prev }) {
    const row = { ...(prev ?? {}), ...parsed.values };
    await cleanCustomField(trx, row, prev, jsonValue(parsed.values, prev, 'default'), jsonValue(parsed.values, prev, 'related_object_filter'));
  },
};

/** CustomFieldChoiceSet.clean() and save(). */
export const choiceSetHooks: WriteHooks = {
  async beforeSave({ c, trx, parsed, prev }) {
    const base = 'base_choices' in parsed.values ? parsed.values.base_choices : prev?.base_choices;
    if (base) throw ValidationError.field('base_choices', 'Built-in base choice sets are not available in Patchbay; list the choices in extra_choices.');
    let extra = jsonValue(parsed.values, prev, 'extra_choices') as [string, string][] | null;
    if (!extra || extra.length === 0) throw ValidationError.nonField('Must define base or extra choices.');
    const ordered = 'order_alphabetically' in parsed.values ? parsed.values.order_alphabetically : prev?.order_alphabetically;
    if (ordered) {
      extra = [...extra].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      parsed.values.extra_choices = JSON.stringify(extra);
    }
    if (!prev) return;
    // A choice still held by some object cannot be removed.
    const now = new Set(extra.map((c) => c[0]));
    const removed = ((prev.extra_choices as [string, string][] | null) ?? []).map((c) => c[0]).filter((v) => !now.has(v));
    if (!removed.length) return;
    const fields: Row[] = await trx('extras_customfield').select('name', 'type', 'object_types').where('choice_set_id', prev.id as number);
    for (const f of fields)
      for (const label of f.object_types as string[]) {
        const model = c.registry.models.get(label);
        if (!model) continue;
        for (const choice of removed) {
          const probe = f.type === 'multiselect'
            ? trx(model.tableName).whereRaw('custom_field_data -> ?::text @> ?::jsonb', [f.name as string, JSON.stringify([choice])])
            : trx(model.tableName).whereRaw('custom_field_data -> ?::text = ?::jsonb', [f.name as string, JSON.stringify(choice)]);
          if ((await probe.select('id').limit(1)).length)
            throw ValidationError.nonField(`Cannot remove choice ${choice} as there are ${label.replace('.', ' | ')} objects which reference it.`);
        }
      }
  },
};
