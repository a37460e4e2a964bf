/** NetBox's CustomField and CustomFieldChoiceSet (netbox/extras/models/customfields.py). */
import { ChangeLoggedModel, field, FieldValueError, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import {
  CustomFieldChoiceSetBaseChoices, CustomFieldFilterLogicChoices, CustomFieldTypeChoices,
  CustomFieldUIEditableChoices, CustomFieldUIVisibleChoices,
} from './choices.js';
import { populateField, removeField, renameField } from './lifecycle.js';

type Row = Record<string, unknown>;

/** `extra_choices`: a list of [value, label] pairs (DRF ListField of 2-item ListFields). */
const extraChoicesField = {
  ...field.json({ nullable: false, required: true }),
  parse(value: unknown) {
    if (value === null) throw new FieldValueError(['This field may not be null.']);
    if (!Array.isArray(value)) throw new FieldValueError([`Expected a list of items but got type "${typeof value === 'string' ? 'str' : typeof value === 'object' ? 'dict' : typeof value}".`]);
    const pairs: [string, string][] = [];
    for (const item of value) {
      if (!Array.isArray(item)) throw new FieldValueError([`Expected a list of items but got type "${typeof item === 'string' ? 'str' : typeof item}".`]);
      if (item.length < 2) throw new FieldValueError(['Ensure this field has at least 2 elements.']);
      if (item.length > 2) throw new FieldValueError(['Ensure this field has no more than 2 elements.']);
      const [v, l] = item.map((x) => (x === null || typeof x === 'object' ? JSON.stringify(x) : String(x)));
      if (v!.length > 100 || l!.length > 100) throw new FieldValueError(['Ensure this field has no more than 100 characters.']);
      if (v!.includes('\u0000') || l!.includes('\u0000')) throw new FieldValueError(['Null characters are not allowed.']);
      pairs.push([v!, l!]);
    }
    return JSON.stringify(pairs);
  },
};

/** A named list of choices for select and multi-select custom fields. */
export class CustomFieldChoiceSet extends ChangeLoggedModel {
  static override tableName = 'extras_customfieldchoiceset';
  static override label = 'extras.customfieldchoiceset';
  static override verboseName = 'custom field choice set';
  static override verboseNamePlural = 'custom field choice sets';
  static override ordering = ['name'];
  static override features: ModelFeature[] = ['export_templates'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    description: field.string({ maxLength: 200, default: '' }),
    base_choices: field.choice(CustomFieldChoiceSetBaseChoices, { nullable: true, default: null }),
    extra_choices: extraChoicesField,
    order_alphabetically: field.boolean({ default: false }),
    choices_count: field.computed((row) => (Array.isArray(row.extra_choices) ? row.extra_choices.length : 0), {
      schema: { type: 'integer', readOnly: true },
    }),
  };
}

/** NetBox's get_data_type(): the JSON type a field's values have. */
function dataType(type: unknown): string {
  switch (type) {
    case 'integer': return 'integer';
    case 'decimal': return 'decimal';
    case 'boolean': return 'boolean';
    case 'json': case 'object': return 'object';
    case 'multiselect': case 'multiobject': return 'array';
    default: return 'string';
  }
}

/** A user-defined field on the objects of the chosen models. */
export class CustomField extends ChangeLoggedModel {
  static override tableName = 'extras_customfield';
  static override label = 'extras.customfield';
  static override verboseName = 'custom field';
  static override verboseNamePlural = 'custom fields';
  static override ordering = ['group_name', 'weight', 'name'];
  static override features: ModelFeature[] = ['export_templates'];
  static override fields: FieldMap = {
    // "app.model" labels (write hooks check them against the registry).
    object_types: field.stringArray({
      required: true,
      schema: { type: 'array', items: { type: 'string' } },
      render: (v) => [...((v as string[] | null) ?? [])].sort(),
    }),
    type: field.choice(CustomFieldTypeChoices, { required: true }),
    related_object_type: field.string({ maxLength: 100, nullable: true, default: null }),
    data_type: field.computed((row) => dataType(row.type), { schema: { type: 'string', readOnly: true } }),
    name: field.string({ maxLength: 50, required: true, unique: true }),
    label: field.string({ maxLength: 50, default: '' }),
    group_name: field.string({ maxLength: 50, default: '' }),
    description: field.string({ maxLength: 200, default: '' }),
    required: field.boolean({ default: false }),
    unique: field.boolean({ default: false }),
    search_weight: field.integer({ min: 0, max: 32767, default: 1000 }),
    filter_logic: field.choice(CustomFieldFilterLogicChoices, { default: 'loose' }),
    ui_visible: field.choice(CustomFieldUIVisibleChoices, { default: 'always' }),
    ui_editable: field.choice(CustomFieldUIEditableChoices, { default: 'yes' }),
    is_cloneable: field.boolean({ default: false }),
    default: field.json({ nullable: true, default: null }),
    related_object_filter: field.json({ nullable: true, default: null }),
    weight: field.integer({ min: 0, max: 32767, default: 100 }),
    validation_minimum: field.integer({ nullable: true, default: null }),
    validation_maximum: field.integer({ nullable: true, default: null }),
    validation_regex: field.string({ maxLength: 500, default: '' }),
    choice_set: field.related(() => CustomFieldChoiceSet, { nullable: true, default: null, onDelete: 'protect' }),
    comments: field.text({ default: '' }),
  };

  static override displayOf(row: Row): string {
    if (row.label) return String(row.label);
    const text = String(row.name ?? '').replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
  }

  /** Renames, adds and removes the field's key in the objects of the affected models (NetBox's signals). */
  static override async afterSave(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
    const registry = ctx.request.registry;
    const before = (prev?.object_types as string[] | undefined) ?? [];
    const after = (row.object_types as string[]) ?? [];
    const name = row.name as string;
    if (prev && prev.name !== name) await renameField(ctx.trx, registry, before, prev.name as string, name);
    await removeField(ctx.trx, registry, before.filter((l) => !after.includes(l)), name);
    await populateField(ctx.trx, registry, after.filter((l) => !before.includes(l)), name, row.default);
  }

  /** Deleting a field deletes its values everywhere. */
  static override async beforeRemove(row: Row, ctx: HookContext): Promise<void> {
    await removeField(ctx.trx, ctx.request.registry, (row.object_types as string[]) ?? [], row.name as string);
  }
}
