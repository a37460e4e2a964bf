import { defineSerializer } from '@patchbay/core';
import { ContactAssignment } from '../models/contact-assignment.js';

/** Contact assignments in NetBox 4.2's key order (no `display_url`); `object` is the target's brief form. */
export const contactAssignmentSerializer = defineSerializer(ContactAssignment, {
  fields: [
    'id', 'url', 'display', 'object_type', 'object_id', 'object', 'contact', 'role', 'priority', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'contact', 'role', 'priority'],
});
