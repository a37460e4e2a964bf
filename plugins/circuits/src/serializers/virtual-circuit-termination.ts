import { defineSerializer } from '@patchbay/core';
import { VirtualCircuitTermination } from '../models/virtual-circuit-termination.js';

/** Virtual circuit terminations in NetBox 4.2's key order. */
export const virtualCircuitTerminationSerializer = defineSerializer(VirtualCircuitTermination, {
  fields: [
    'id', 'url', 'display_url', 'display', 'virtual_circuit', 'role', 'interface', 'description', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  // NetBox 4.2's VirtualCircuitTerminationSerializer.brief_fields.
  brief: ['id', 'url', 'display', 'virtual_circuit', 'role', 'interface', 'description'],
});
