import { defineFilterSet, relation } from '@patchbay/core';
import { ProviderNetwork } from '../models/provider-network.js';
import { Provider } from '../models/provider.js';

/** NetBox's ProviderNetworkFilterSet. */
export const providerNetworkFilterSet = defineFilterSet(ProviderNetwork, {
  fields: {
    name: 'text',
    service_id: 'text',
    description: 'text',
    provider: relation(() => Provider),
  },
  search: ['name', 'service_id', 'description', 'comments'],
});
