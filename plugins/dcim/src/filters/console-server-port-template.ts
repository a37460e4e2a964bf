import { choice, defineFilterSet } from '@patchbay/core';
import { ConsolePortTypeChoices } from '../choices.js';
import { ConsoleServerPortTemplate } from '../models/console-server-port-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Console server port templates filter by parent type, name, label and port type. */
export const consoleServerPortTemplateFilterSet = defineFilterSet(ConsoleServerPortTemplate, {
  fields: {
    ...templateFilters(true),
    type: choice(ConsolePortTypeChoices),
  },
  search: templateSearch,
});
