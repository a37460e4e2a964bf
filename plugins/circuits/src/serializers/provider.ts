import { defineSerializer, field } from '@patchbay/core';
import { Provider } from '../models/provider.js';
import { Circuit } from '../models/circuit.js';

/** Providers in NetBox 4.2's key order. */
export const providerSerializer = defineSerializer(Provider, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'accounts', 'description', 'comments', 'asns', 'tags', 'custom_fields',
    'created', 'last_updated', 'circuit_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'circuit_count'],
  extraFields: { circuit_count: field.count(() => Circuit, 'provider_id') },
});
