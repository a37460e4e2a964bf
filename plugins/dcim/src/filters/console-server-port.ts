import { choice, defineFilterSet } from '@patchbay/core';
import { ConsoleServerPort } from '../models/console-server-port.js';
import { ConsolePortSpeedChoices, ConsolePortTypeChoices } from '../choices.js';
import { cabledFilters, componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's ConsoleServerPortFilterSet without the cable filters. */
export const consoleServerPortFilterSet = defineFilterSet(ConsoleServerPort, {
  fields: { ...componentFilters(), type: choice(ConsolePortTypeChoices), speed: choice(ConsolePortSpeedChoices), ...cabledFilters },
  search: componentSearch,
});
