import { defineFilterSet } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { CircuitGroup } from '../models/circuit-group.js';

/** NetBox's CircuitGroupFilterSet: an organisational filter set with tenancy. */
export const circuitGroupFilterSet = defineFilterSet(CircuitGroup, {
  fields: { name: 'text', slug: 'text', description: 'text', ...tenancyFilters },
  search: ['name', 'slug', 'description'],
});
