import { defineSerializer, field } from '@patchbay/core';
import { CircuitGroup } from '../models/circuit-group.js';
import { CircuitGroupAssignment } from '../models/circuit-group-assignment.js';

/** Circuit groups in NetBox 4.2's key order; `circuit_count` counts the group's assignments, as NetBox does. */
export const circuitGroupSerializer = defineSerializer(CircuitGroup, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'description', 'tenant', 'tags', 'custom_fields', 'created',
    'last_updated', 'circuit_count',
  ],
  brief: ['id', 'url', 'display', 'name'],
  extraFields: { circuit_count: field.count(() => CircuitGroupAssignment, 'group_id') },
});
