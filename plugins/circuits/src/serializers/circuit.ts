import { defineSerializer } from '@patchbay/core';
import { Circuit } from '../models/circuit.js';

/** Circuits in NetBox 4.2's key order; `termination_a`/`termination_z` and `assignments` are read-only nested forms. */
export const circuitSerializer = defineSerializer(Circuit, {
  fields: [
    'id', 'url', 'display_url', 'display', 'cid', 'provider', 'provider_account', 'type', 'status', 'tenant', 'install_date',
    'termination_date', 'commit_rate', 'description', 'distance', 'distance_unit', 'termination_a', 'termination_z', 'comments',
    'tags', 'custom_fields', 'created', 'last_updated', 'assignments',
  ],
  brief: ['id', 'url', 'display', 'cid', 'provider', 'description'],
});
