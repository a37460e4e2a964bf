import { defineSerializer } from '@patchbay/core';
import { Prefix } from '../models/prefix.js';

/** Prefixes in NetBox 4.2's key order (`children` and `_depth` last, as the reference has them). */
export const prefixSerializer = defineSerializer(Prefix, {
  fields: [
    'id', 'url', 'display_url', 'display', 'family', 'prefix', 'vrf', 'scope_type', 'scope_id', 'scope', 'tenant', 'vlan',
    'status', 'role', 'is_pool', 'mark_utilized', 'description', 'comments', 'tags', 'custom_fields', 'created',
    'last_updated', 'children', '_depth',
  ],
  brief: ['id', 'url', 'display', 'family', 'prefix', 'description', '_depth'],
});
