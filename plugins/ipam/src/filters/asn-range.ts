import { defineFilterSet, relation } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { ASNRange } from '../models/asn-range.js';
import { RIR } from '../models/rir.js';

/** NetBox's ASNRangeFilterSet. */
export const asnRangeFilterSet = defineFilterSet(ASNRange, {
  fields: {
    name: 'text',
    slug: 'text',
    start: 'number',
    end: 'number',
    description: 'text',
    rir: relation(() => RIR),
    ...tenancyFilters,
  },
  search: ['name', 'description'],
});
