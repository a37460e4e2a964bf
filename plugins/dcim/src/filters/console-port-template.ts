import { choice, defineFilterSet } from '@patchbay/core';
import { ConsolePortTypeChoices } from '../choices.js';
import { ConsolePortTemplate } from '../models/console-port-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Console port templates filter by parent type, name, label and port type. */
export const consolePortTemplateFilterSet = defineFilterSet(ConsolePortTemplate, {
  fields: {
    ...templateFilters(true),
    type: choice(ConsolePortTypeChoices),
  },
  search: templateSearch,
});
