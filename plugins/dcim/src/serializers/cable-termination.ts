import { defineSerializer } from '@patchbay/core';
import { CableTermination } from '../models/cable-termination.js';

/** Cable terminations in NetBox 4.2's key order (NetBox shows no display_url for them). */
export const cableTerminationSerializer = defineSerializer(CableTermination, {
  fields: ['id', 'url', 'display', 'cable', 'cable_end', 'termination_type', 'termination_id', 'termination', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'cable', 'cable_end', 'termination_type', 'termination_id'],
});
