import { defineSerializer } from '@patchbay/core';
import { Aggregate } from '../models/aggregate.js';

/** Aggregates in NetBox 4.2's key order; `family` is derived from the prefix. */
export const aggregateSerializer = defineSerializer(Aggregate, {
  fields: [
    'id', 'url', 'display_url', 'display', 'family', 'prefix', 'rir', 'tenant', 'date_added', 'description', 'comments',
    'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'family', 'prefix', 'description'],
});
