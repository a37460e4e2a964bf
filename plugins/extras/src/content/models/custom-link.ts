/**
 * A custom link (NetBox's CustomLink): a templated link text and URL shown on objects of the
 * selected types; rendered per object by `GET /api/extras/custom-links/{id}/render/`.
 */
import { ChangeLoggedModel, FieldValueError, field, type FieldMap, type ModelFeature } from '@patchbay/core';
import { CustomLinkButtonClassChoices } from '../choices.js';
import { objectTypesField } from '../object-types.js';
import { templateField } from '../template-field.js';

/** `button_class`: NetBox's serializer shows the bare value (a ChoiceField), not `{value, label}`. */
const buttonClassField = {
  ...field.string({ maxLength: 30, default: 'default' }),
  schema: { type: 'string', enum: CustomLinkButtonClassChoices.choices.map((c) => c.value) },
  parse(value: unknown) {
    if (!CustomLinkButtonClassChoices.has(value)) throw new FieldValueError([`${JSON.stringify(String(value))} is not a valid choice.`]);
    return value;
  },
};

export class CustomLink extends ChangeLoggedModel {
  static override tableName = 'extras_customlink';
  static override label = 'extras.customlink';
  static override verboseName = 'custom link';
  static override verboseNamePlural = 'custom links';
  static override features: ModelFeature[] = ['export_templates'];
  static override ordering = ['group_name', 'weight', 'name'];
  static override fields: FieldMap = {
    object_types: objectTypesField('extras_customlink_object_types', 'customlink_id'),
    name: field.string({ maxLength: 100, required: true, unique: true }),
    enabled: field.boolean({ default: true }),
    link_text: templateField({ required: true, description: 'Jinja2 template code for link text' }),
    link_url: templateField({ required: true, description: 'Jinja2 template code for link URL' }),
    weight: field.integer({ min: 0, max: 32767, default: 100 }),
    group_name: field.string({ maxLength: 50, default: '', description: 'Links with the same group will appear as a dropdown menu' }),
    button_class: buttonClassField,
    new_window: field.boolean({ default: false, description: 'Force link to open in a new window' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }
}

