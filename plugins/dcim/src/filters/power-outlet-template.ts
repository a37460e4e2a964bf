import { choice, relation, defineFilterSet } from '@patchbay/core';
import { PowerOutletFeedLegChoices, PowerOutletTypeChoices } from '../choices.js';
import { PowerPortTemplate } from '../models/power-port-template.js';
import { PowerOutletTemplate } from '../models/power-outlet-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Power outlet templates filter by parent type, name, type, feed leg and power port. */
export const powerOutletTemplateFilterSet = defineFilterSet(PowerOutletTemplate, {
  fields: {
    ...templateFilters(true),
    type: choice(PowerOutletTypeChoices),
    feed_leg: choice(PowerOutletFeedLegChoices),
    power_port: relation(() => PowerPortTemplate, { by: false }),
  },
  search: templateSearch,
});
