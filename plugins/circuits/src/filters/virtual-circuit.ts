import { choice, defineFilterSet, relation } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { VirtualCircuit } from '../models/virtual-circuit.js';
import { Provider } from '../models/provider.js';
import { ProviderAccount } from '../models/provider-account.js';
import { ProviderNetwork } from '../models/provider-network.js';
import { VirtualCircuitType } from '../models/circuit-types.js';
import { CircuitStatusChoices } from '../choices.js';

/** NetBox 4.2's VirtualCircuitFilterSet: provider through the provider network; account by account id. */
export const virtualCircuitFilterSet = defineFilterSet(VirtualCircuit, {
  fields: {
    cid: 'text',
    description: 'text',
    provider: relation(() => Provider, { column: 'provider_network_id', through: [{ table: 'circuits_providernetwork', column: 'provider_id' }] }),
    provider_account: relation(() => ProviderAccount, { by: 'account' }),
    provider_network: relation(() => ProviderNetwork, { by: false }),
    type: relation(() => VirtualCircuitType),
    status: choice(CircuitStatusChoices),
    ...tenancyFilters,
  },
  search: ['cid', 'description', 'comments'],
});
