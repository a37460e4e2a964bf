import { defineFilterSet, relation } from '@patchbay/core';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { Location } from '../models/location.js';
import { PowerPanel } from '../models/power-panel.js';
import { siteScopeFilters } from './site-scope.js';

/**
 * NetBox 4.2's PowerPanelFilterSet: site scope (region, site group, site), the location subtree
 * (by id only, as NetBox), contacts, name and description; `q` searches name and description.
 */
export const powerPanelFilterSet = defineFilterSet(PowerPanel, {
  fields: {
    ...siteScopeFilters(),
    ...contactFilters(PowerPanel.label),
    location: relation(() => Location, { tree: true, by: false }),
    name: 'text',
    description: 'text',
  },
  search: ['name', 'description'],
});
