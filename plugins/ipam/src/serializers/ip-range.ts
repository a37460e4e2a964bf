import { defineSerializer } from '@patchbay/core';
import { IPRange } from '../models/ip-range.js';

/** IP ranges in NetBox 4.2's key order (4.2 does not show `mark_populated`). */
export const ipRangeSerializer = defineSerializer(IPRange, {
  fields: [
    'id', 'url', 'display_url', 'display', 'family', 'start_address', 'end_address', 'size', 'vrf', 'tenant', 'status',
    'role', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated', 'mark_utilized',
  ],
  brief: ['id', 'url', 'display', 'family', 'start_address', 'end_address', 'description'],
});
