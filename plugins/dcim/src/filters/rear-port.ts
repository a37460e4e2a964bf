import { choice, defineFilterSet } from '@patchbay/core';
import { RearPort } from '../models/rear-port.js';
import { PortTypeChoices } from '../choices.js';
import { cabledFilters, componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's RearPortFilterSet without the cable filters. */
export const rearPortFilterSet = defineFilterSet(RearPort, {
  fields: { ...componentFilters(), type: choice(PortTypeChoices), color: 'text', positions: 'number', ...cabledFilters },
  search: componentSearch,
});
