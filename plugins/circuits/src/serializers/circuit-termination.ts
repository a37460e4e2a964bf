import { defineSerializer } from '@patchbay/core';
import { CircuitTermination } from '../models/circuit-termination.js';

/** Circuit terminations in NetBox 4.2's key order. */
export const circuitTerminationSerializer = defineSerializer(CircuitTermination, {
  fields: [
    'id', 'url', 'display_url', 'display', 'circuit', 'term_side', 'termination_type', 'termination_id', 'termination',
    'port_speed', 'upstream_speed', 'xconnect_id', 'pp_info', 'description', 'mark_connected', 'cable', 'cable_end',
    'link_peers', 'link_peers_type', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  // NetBox 4.2's CircuitTerminationSerializer.brief_fields.
  brief: ['id', 'url', 'display', 'circuit', 'term_side', 'description', 'cable', '_occupied'],
});
