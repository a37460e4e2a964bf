import { defineFilterSet } from '@patchbay/core';
import { RIR } from '../models/rir.js';

/** NetBox's RIRFilterSet. */
export const rirFilterSet = defineFilterSet(RIR, {
  fields: { name: 'text', slug: 'text', is_private: 'boolean', description: 'text' },
  search: ['name', 'slug', 'description'],
});
