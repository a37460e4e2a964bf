import { choice, relation, defineFilterSet } from '@patchbay/core';
import { PortTypeChoices } from '../choices.js';
import { RearPortTemplate } from '../models/rear-port-template.js';
import { FrontPortTemplate } from '../models/front-port-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Front port templates filter by parent type, name, type, colour and rear port mapping. */
export const frontPortTemplateFilterSet = defineFilterSet(FrontPortTemplate, {
  fields: {
    ...templateFilters(true),
    type: choice(PortTypeChoices),
    color: 'text',
    rear_port: relation(() => RearPortTemplate, { by: false }),
    rear_port_position: 'number',
  },
  search: templateSearch,
});
