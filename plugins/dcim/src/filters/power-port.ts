import { choice, defineFilterSet } from '@patchbay/core';
import { PowerPort } from '../models/power-port.js';
import { PowerPortTypeChoices } from '../choices.js';
import { cabledFilters, componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's PowerPortFilterSet without the cable filters. */
export const powerPortFilterSet = defineFilterSet(PowerPort, {
  fields: { ...componentFilters(), type: choice(PowerPortTypeChoices), maximum_draw: 'number', allocated_draw: 'number', ...cabledFilters },
  search: componentSearch,
});
