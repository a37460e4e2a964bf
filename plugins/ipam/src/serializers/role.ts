import { defineSerializer, field } from '@patchbay/core';
import { Role } from '../models/role.js';
import { Prefix } from '../models/prefix.js';
import { VLAN } from '../models/vlan.js';

/** Roles in NetBox 4.2's key order, with the prefix and VLAN counts. */
export const roleSerializer = defineSerializer(Role, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'weight', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'prefix_count', 'vlan_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'prefix_count', 'vlan_count'],
  extraFields: {
    prefix_count: field.count(() => Prefix, 'role_id'),
    vlan_count: field.count(() => VLAN, 'role_id'),
  },
});
