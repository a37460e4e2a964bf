/**
 * The custom-fields area of extras: custom fields and choice sets (`/api/extras/custom-fields/`,
 * `/api/extras/custom-field-choice-sets/` and its `choices/` action), the `custom_fields` field
 * provider every model with the feature uses, and the `cf_<name>` filters. Migrations
 * 20260306002xxx.
 */
import { defineResource } from '@patchbay/core';
import type { ExtrasArea } from './area.js';
import { CustomField, CustomFieldChoiceSet } from '../custom-fields/models.js';
import { customFieldChoiceSetSerializer, customFieldSerializer } from '../custom-fields/serializers.js';
import { customFieldChoiceSetFilterSet, customFieldFilterSet } from '../custom-fields/filters.js';
import { choiceSetHooks, customFieldHooks } from '../custom-fields/write-hooks.js';
import { choiceSetChoicesRoute } from '../custom-fields/choices-route.js';
import { customFieldsProvider, rememberRegistry } from '../custom-fields/field-provider.js';
import { customFieldFilters } from '../custom-fields/filter-provider.js';
import {
  CustomFieldChoiceSetBaseChoices, CustomFieldFilterLogicChoices, CustomFieldTypeChoices,
  CustomFieldUIEditableChoices, CustomFieldUIVisibleChoices,
} from '../custom-fields/choices.js';
import { createCustomFieldTables } from '../custom-fields/migrations/20260306002000_create_custom_fields.js';

export const customFields: ExtrasArea = {
  // Choice sets first: custom fields point at them.
  models: [CustomFieldChoiceSet, CustomField],
  resources: [
    defineResource({ slug: 'custom-field-choice-sets', model: CustomFieldChoiceSet, serializer: customFieldChoiceSetSerializer, filterSet: customFieldChoiceSetFilterSet, hooks: choiceSetHooks }),
    defineResource({ slug: 'custom-fields', model: CustomField, serializer: customFieldSerializer, filterSet: customFieldFilterSet, hooks: customFieldHooks }),
  ],
  routes: [choiceSetChoicesRoute],
  choices: [CustomFieldTypeChoices, CustomFieldFilterLogicChoices, CustomFieldUIVisibleChoices, CustomFieldUIEditableChoices, CustomFieldChoiceSetBaseChoices],
  migrations: { '20260306002000_create_custom_fields': createCustomFieldTables },
  extends: { fieldProviders: [customFieldsProvider], filterProviders: [customFieldFilters] },
  setup(ctx) {
    rememberRegistry(ctx.registry);
  },
};
