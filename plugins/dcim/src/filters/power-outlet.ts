import { choice, defineFilterSet, relation } from '@patchbay/core';
import { PowerOutlet } from '../models/power-outlet.js';
import { PowerPort } from '../models/power-port.js';
import { PowerOutletFeedLegChoices, PowerOutletTypeChoices } from '../choices.js';
import { cabledFilters, componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's PowerOutletFilterSet without the cable filters. */
export const powerOutletFilterSet = defineFilterSet(PowerOutlet, {
  fields: {
    ...componentFilters(),
    type: choice(PowerOutletTypeChoices),
    color: 'text',
    feed_leg: choice(PowerOutletFeedLegChoices),
    power_port: relation(() => PowerPort, { by: false }),
    ...cabledFilters,
  },
  search: componentSearch,
});
