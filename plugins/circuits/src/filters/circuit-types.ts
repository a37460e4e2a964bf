import { defineFilterSet } from '@patchbay/core';
import { CircuitType, VirtualCircuitType } from '../models/circuit-types.js';

/** NetBox's CircuitTypeFilterSet (an OrganizationalModelFilterSet with `color`). */
export const circuitTypeFilterSet = defineFilterSet(CircuitType, {
  fields: { name: 'text', slug: 'text', color: 'text', description: 'text' },
  search: ['name', 'slug', 'description'],
});

/** NetBox's VirtualCircuitTypeFilterSet. */
export const virtualCircuitTypeFilterSet = defineFilterSet(VirtualCircuitType, {
  fields: { name: 'text', slug: 'text', color: 'text', description: 'text' },
  search: ['name', 'slug', 'description'],
});
