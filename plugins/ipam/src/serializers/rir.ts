import { defineSerializer, field } from '@patchbay/core';
import { RIR } from '../models/rir.js';
import { Aggregate } from '../models/aggregate.js';

/** RIRs in NetBox 4.2's key order (no `comments`: NetBox's OrganizationalModel has none). */
export const rirSerializer = defineSerializer(RIR, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'is_private', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'aggregate_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'aggregate_count'],
  extraFields: { aggregate_count: field.count(() => Aggregate, 'rir_id') },
});
