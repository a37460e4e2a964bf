import { defineSerializer } from '@patchbay/core';
import { CircuitGroupAssignment } from '../models/circuit-group-assignment.js';

/** Circuit group assignments in NetBox 4.2's key order (no custom fields in the API); `member` is the brief circuit. */
export const circuitGroupAssignmentSerializer = defineSerializer(CircuitGroupAssignment, {
  fields: ['id', 'url', 'display_url', 'display', 'group', 'member_type', 'member_id', 'member', 'priority', 'tags', 'created', 'last_updated'],
  // NetBox 4.2's CircuitGroupAssignmentSerializer.brief_fields.
  brief: ['id', 'url', 'display', 'group', 'member_type', 'member_id', 'member', 'priority'],
});
