import { defineSerializer } from '@patchbay/core';
import { VLAN } from '../models/vlan.js';

/** VLANs in NetBox 4.2's key order (VLANSerializer, with l2vpn_termination the OpenAPI omits). */
export const vlanSerializer = defineSerializer(VLAN, {
  fields: [
    'id', 'url', 'display_url', 'display', 'site', 'group', 'vid', 'name', 'tenant', 'status', 'role', 'description',
    'qinq_role', 'qinq_svlan', 'comments', 'l2vpn_termination', 'tags', 'custom_fields', 'created', 'last_updated',
    'prefix_count',
  ],
  brief: ['id', 'url', 'display', 'vid', 'name', 'description'],
});
