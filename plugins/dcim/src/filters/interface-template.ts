import { choice, relation, defineFilterSet } from '@patchbay/core';
import { InterfacePoEModeChoices, InterfacePoETypeChoices, InterfaceTypeChoices, WirelessRoleChoices } from '../choices.js';
import { InterfaceTemplate } from '../models/interface-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Interface templates filter by parent type, name, type, flags, bridge, PoE and wireless role. */
export const interfaceTemplateFilterSet = defineFilterSet(InterfaceTemplate, {
  fields: {
    ...templateFilters(true),
    type: choice(InterfaceTypeChoices),
    enabled: 'boolean',
    mgmt_only: 'boolean',
    bridge: relation(() => InterfaceTemplate, { by: false }),
    poe_mode: choice(InterfacePoEModeChoices),
    poe_type: choice(InterfacePoETypeChoices),
    rf_role: choice(WirelessRoleChoices),
  },
  search: templateSearch,
});
