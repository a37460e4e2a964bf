import { choice, defineFilterSet } from '@patchbay/core';
import { PowerPortTypeChoices } from '../choices.js';
import { PowerPortTemplate } from '../models/power-port-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Power port templates filter by parent type, name, type and draw. */
export const powerPortTemplateFilterSet = defineFilterSet(PowerPortTemplate, {
  fields: {
    ...templateFilters(true),
    type: choice(PowerPortTypeChoices),
    maximum_draw: 'number',
    allocated_draw: 'number',
  },
  search: templateSearch,
});
