import { defineFilterSet } from '@patchbay/core';
import { ModuleBayTemplate } from '../models/module-bay-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Module bay templates filter by parent type, name, label and position. */
export const moduleBayTemplateFilterSet = defineFilterSet(ModuleBayTemplate, {
  fields: {
    ...templateFilters(true),
    position: 'text',
  },
  search: templateSearch,
});
