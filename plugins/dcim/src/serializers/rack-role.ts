import { defineSerializer, field } from '@patchbay/core';
import { Rack } from '../models/rack.js';
import { RackRole } from '../models/rack-role.js';

/** Rack roles in NetBox 4.2's key order, with the number of racks in the role. */
export const rackRoleSerializer = defineSerializer(RackRole, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'rack_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'rack_count'],
  extraFields: { rack_count: field.count(() => Rack, 'role_id') },
});
