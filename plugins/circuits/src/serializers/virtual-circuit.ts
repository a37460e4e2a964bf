import { defineSerializer } from '@patchbay/core';
import { VirtualCircuit } from '../models/virtual-circuit.js';

/** Virtual circuits in NetBox 4.2's key order. */
export const virtualCircuitSerializer = defineSerializer(VirtualCircuit, {
  fields: [
    'id', 'url', 'display_url', 'display', 'cid', 'provider_network', 'provider_account', 'type', 'status', 'tenant',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'cid', 'provider_network', 'description'],
});
