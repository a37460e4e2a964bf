/** Global search over the circuits models, with NetBox 4.2's weights and display attributes (circuits/search.py). */
import { defineSearchIndex } from '@patchbay/core';
import { Circuit } from './models/circuit.js';
import { CircuitGroup } from './models/circuit-group.js';
import { CircuitTermination } from './models/circuit-termination.js';
import { CircuitType, VirtualCircuitType } from './models/circuit-types.js';
import { Provider } from './models/provider.js';
import { ProviderAccount } from './models/provider-account.js';
import { ProviderNetwork } from './models/provider-network.js';
import { VirtualCircuit } from './models/virtual-circuit.js';
import { VirtualCircuitTermination } from './models/virtual-circuit-termination.js';

export const searchIndexes = [
  defineSearchIndex(Circuit, { fields: { cid: 100, description: 500, comments: 5000 }, display: ['provider', 'provider_account', 'type', 'status', 'tenant', 'description'] }),
  defineSearchIndex(CircuitGroup, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
  defineSearchIndex(CircuitTermination, {
    fields: { xconnect_id: 300, pp_info: 300, description: 500, port_speed: 2000, upstream_speed: 2000 },
    display: ['circuit', '_site', '_provider_network', 'description'],
  }),
  defineSearchIndex(CircuitType, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
  defineSearchIndex(Provider, { fields: { name: 100, description: 500, comments: 5000 }, display: ['description'] }),
  defineSearchIndex(ProviderAccount, { fields: { name: 100, account: 200, comments: 5000 }, display: ['provider', 'account', 'description'] }),
  defineSearchIndex(ProviderNetwork, { fields: { name: 100, service_id: 200, description: 500, comments: 5000 }, display: ['provider', 'service_id', 'description'] }),
  defineSearchIndex(VirtualCircuit, {
    fields: { cid: 100, description: 500, comments: 5000 },
    // NetBox also shows `provider` (the network's); only stored fields can be displayed here.
    display: ['provider_network', 'provider_account', 'status', 'tenant', 'description'],
  }),
  defineSearchIndex(VirtualCircuitTermination, { fields: { description: 500 }, display: ['virtual_circuit', 'role', 'description'] }),
  defineSearchIndex(VirtualCircuitType, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
];
