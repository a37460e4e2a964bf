import { choice, defineFilterSet } from '@patchbay/core';
import { ConsolePort } from '../models/console-port.js';
import { ConsolePortSpeedChoices, ConsolePortTypeChoices } from '../choices.js';
import { cabledFilters, componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's ConsolePortFilterSet without the cable filters. */
export const consolePortFilterSet = defineFilterSet(ConsolePort, {
  fields: { ...componentFilters(), type: choice(ConsolePortTypeChoices), speed: choice(ConsolePortSpeedChoices), ...cabledFilters },
  search: componentSearch,
});
