import { defineSerializer } from '@patchbay/core';
import { IPAddress } from '../models/ip-address.js';

/** IP addresses in NetBox 4.2's key order; `nat_outside` lists the addresses whose `nat_inside` is this one. */
export const ipAddressSerializer = defineSerializer(IPAddress, {
  fields: [
    'id', 'url', 'display_url', 'display', 'family', 'address', 'vrf', 'tenant', 'status', 'role',
    'assigned_object_type', 'assigned_object_id', 'assigned_object', 'nat_inside', 'nat_outside', 'dns_name',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'family', 'address', 'description'],
});
