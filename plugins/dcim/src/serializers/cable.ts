import { defineSerializer } from '@patchbay/core';
import { Cable } from '../models/cable.js';

/** Cables in NetBox 4.2's key order; the ends as `{object_type, object_id, object}`. */
export const cableSerializer = defineSerializer(Cable, {
  fields: [
    'id', 'url', 'display_url', 'display', 'type', 'a_terminations', 'b_terminations', 'status', 'tenant', 'label', 'color',
    'length', 'length_unit', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'label', 'description'],
});
