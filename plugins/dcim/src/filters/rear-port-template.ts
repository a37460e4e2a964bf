import { choice, defineFilterSet } from '@patchbay/core';
import { PortTypeChoices } from '../choices.js';
import { RearPortTemplate } from '../models/rear-port-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Rear port templates filter by parent type, name, type, colour and positions. */
export const rearPortTemplateFilterSet = defineFilterSet(RearPortTemplate, {
  fields: {
    ...templateFilters(true),
    type: choice(PortTypeChoices),
    color: 'text',
    positions: 'number',
  },
  search: templateSearch,
});
