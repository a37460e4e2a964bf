import { defineSerializer } from '@patchbay/core';
import { VLANGroup } from '../models/vlan-group.js';

/** VLAN groups in NetBox 4.2's key order (VLANGroupSerializer, with vid_ranges and tenant the OpenAPI omits). */
export const vlanGroupSerializer = defineSerializer(VLANGroup, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'scope_type', 'scope_id', 'scope', 'vid_ranges', 'tenant',
    'description', 'tags', 'custom_fields', 'created', 'last_updated', 'vlan_count', 'utilization',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'vlan_count'],
});
