import { defineSerializer, field } from '@patchbay/core';
import { VRF } from '../models/vrf.js';
import { Prefix } from '../models/prefix.js';
import { IPAddress } from '../models/ip-address.js';

/** VRFs in NetBox 4.2's key order, with the prefix and IP address counts. */
export const vrfSerializer = defineSerializer(VRF, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'rd', 'tenant', 'enforce_unique', 'description', 'comments',
    'import_targets', 'export_targets', 'tags', 'custom_fields', 'created', 'last_updated', 'ipaddress_count', 'prefix_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'rd', 'description', 'prefix_count'],
  extraFields: {
    ipaddress_count: field.count(() => IPAddress, 'vrf_id'),
    prefix_count: field.count(() => Prefix, 'vrf_id'),
  },
});
