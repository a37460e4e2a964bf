import { defineSerializer } from '@patchbay/core';
import { ProviderNetwork } from '../models/provider-network.js';

/** Provider networks in NetBox 4.2's key order. */
export const providerNetworkSerializer = defineSerializer(ProviderNetwork, {
  fields: [
    'id', 'url', 'display_url', 'display', 'provider', 'name', 'service_id', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
