/** Serializers of custom fields and choice sets, in NetBox 4.2's key order (reference `CustomField:`). */
import { defineSerializer } from '@patchbay/core';
import { CustomField, CustomFieldChoiceSet } from './models.js';

/** Choice sets as NetBox 4.2 shows them (`CustomFieldChoiceSet:`). */
export const customFieldChoiceSetSerializer = defineSerializer(CustomFieldChoiceSet, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'description', 'base_choices', 'extra_choices',
    'order_alphabetically', 'choices_count', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description', 'choices_count'],
});

/** Custom fields as NetBox 4.2 shows them (`CustomField:`). */
export const customFieldSerializer = defineSerializer(CustomField, {
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'type', 'related_object_type', 'data_type',
    'name', 'label', 'group_name', 'description', 'required', 'unique', 'search_weight', 'filter_logic',
    'ui_visible', 'ui_editable', 'is_cloneable', 'default', 'related_object_filter', 'weight',
    'validation_minimum', 'validation_maximum', 'validation_regex', 'choice_set', 'comments',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
