/** NetBox's custom-field choice sets (netbox/extras/choices.py), with their labels. */
import { defineChoices } from '@patchbay/core';

/** The kinds of value a custom field holds. */
export const CustomFieldTypeChoices = defineChoices('extras.CustomField.type', [
  ['text', 'Text'],
  ['longtext', 'Text (long)'],
  ['integer', 'Integer'],
  ['decimal', 'Decimal'],
  ['boolean', 'Boolean (true/false)'],
  ['date', 'Date'],
  ['datetime', 'Date & time'],
  ['url', 'URL'],
  ['json', 'JSON'],
  ['select', 'Selection'],
  ['multiselect', 'Multiple selection'],
  ['object', 'Object'],
  ['multiobject', 'Multiple objects'],
]);

/** How `cf_<name>` matches (loose = contains for text) or whether it exists at all. */
export const CustomFieldFilterLogicChoices = defineChoices('extras.CustomField.filter_logic', [
  ['disabled', 'Disabled'],
  ['loose', 'Loose'],
  ['exact', 'Exact'],
]);

/** Whether the UI shows the field (kept for API compatibility; Patchbay has no UI). */
export const CustomFieldUIVisibleChoices = defineChoices('extras.CustomField.ui_visible', [
  ['always', 'Always'],
  ['if-set', 'If set'],
  ['hidden', 'Hidden'],
]);

/** Whether the UI lets users edit the field (kept for API compatibility). */
export const CustomFieldUIEditableChoices = defineChoices('extras.CustomField.ui_editable', [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['hidden', 'Hidden'],
]);

/** NetBox's built-in choice lists; Patchbay refuses them (see docs/extras/custom-fields.md). */
export const CustomFieldChoiceSetBaseChoices = defineChoices('extras.CustomFieldChoiceSet.base_choices', [
  ['IATA', 'IATA (Airport codes)'],
  ['ISO_3166', 'ISO 3166 (Country codes)'],
  ['UN_LOCODE', 'UN/LOCODE (Location codes)'],
]);

/** Types whose values are text (regex validation, text lookups, quick search). */
export const TEXT_TYPES = new Set(['text', 'longtext', 'url']);
/** Types that point at other objects. */
export const OBJECT_TYPES = new Set(['object', 'multiobject']);
/** Types that take a choice set. */
export const SELECT_TYPES = new Set(['select', 'multiselect']);
