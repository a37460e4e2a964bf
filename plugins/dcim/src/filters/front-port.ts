import { choice, defineFilterSet, relation } from '@patchbay/core';
import { FrontPort } from '../models/front-port.js';
import { RearPort } from '../models/rear-port.js';
import { PortTypeChoices } from '../choices.js';
import { cabledFilters, componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's FrontPortFilterSet without the cable filters. */
export const frontPortFilterSet = defineFilterSet(FrontPort, {
  fields: {
    ...componentFilters(),
    type: choice(PortTypeChoices),
    color: 'text',
    rear_port: relation(() => RearPort, { by: false }),
    rear_port_position: 'number',
    ...cabledFilters,
  },
  search: componentSearch,
});
