import { defineSerializer, field } from '@patchbay/core';
import { CircuitType, VirtualCircuitType } from '../models/circuit-types.js';
import { Circuit } from '../models/circuit.js';
import { VirtualCircuit } from '../models/virtual-circuit.js';

/** Circuit types in NetBox 4.2's key order, with how many circuits use each. */
export const circuitTypeSerializer = defineSerializer(CircuitType, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'circuit_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'circuit_count'],
  extraFields: { circuit_count: field.count(() => Circuit, 'type_id') },
});

/** Virtual circuit types in NetBox 4.2's key order, with how many virtual circuits use each. */
export const virtualCircuitTypeSerializer = defineSerializer(VirtualCircuitType, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'virtual_circuit_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'virtual_circuit_count'],
  extraFields: { virtual_circuit_count: field.count(() => VirtualCircuit, 'type_id') },
});
