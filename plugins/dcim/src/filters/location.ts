import { choice, defineFilterSet, relation } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { Location } from '../models/location.js';
import { LocationStatusChoices } from '../choices.js';
import { siteScopeFilters } from './site-scope.js';

/** NetBox's LocationFilterSet: site scope (region and site group through the site), parent, ancestor. */
export const locationFilterSet = defineFilterSet(Location, {
  fields: {
    name: 'text',
    slug: 'text',
    facility: 'text',
    description: 'text',
    status: choice(LocationStatusChoices),
    ...siteScopeFilters(),
    parent: relation(() => Location),
    ancestor: relation(() => Location, { column: 'parent_id', tree: true }),
    ...tenancyFilters,
    ...contactFilters('dcim.location'),
  },
  search: ['name', 'facility', 'description'],
});
