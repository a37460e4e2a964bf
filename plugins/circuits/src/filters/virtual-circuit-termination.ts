import { choice, defineFilterSet, relation } from '@patchbay/core';
import { Interface } from '@patchbay/plugin-dcim';
import { VirtualCircuitTermination } from '../models/virtual-circuit-termination.js';
import { VirtualCircuit } from '../models/virtual-circuit.js';
import { Provider } from '../models/provider.js';
import { ProviderAccount } from '../models/provider-account.js';
import { ProviderNetwork } from '../models/provider-network.js';
import { VirtualCircuitTerminationRoleChoices } from '../choices.js';

const VC = { table: 'circuits_virtualcircuit' };

/** NetBox 4.2's VirtualCircuitTerminationFilterSet: the circuit, role, interface, and the circuit's provider, account and network. */
export const virtualCircuitTerminationFilterSet = defineFilterSet(VirtualCircuitTermination, {
  fields: {
    description: 'text',
    role: choice(VirtualCircuitTerminationRoleChoices),
    virtual_circuit: relation(() => VirtualCircuit, { by: false }),
    interface: relation(() => Interface, { by: false }),
    provider: relation(() => Provider, {
      column: 'virtual_circuit_id', through: [{ ...VC, column: 'provider_network_id' }, { table: 'circuits_providernetwork', column: 'provider_id' }],
    }),
    provider_account: relation(() => ProviderAccount, { by: 'account', column: 'virtual_circuit_id', through: [{ ...VC, column: 'provider_account_id' }] }),
    provider_network: relation(() => ProviderNetwork, { by: false, column: 'virtual_circuit_id', through: [{ ...VC, column: 'provider_network_id' }] }),
  },
  search: (qb, q) => {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((w) => w.whereILike('t.description', like)
      .orWhereIn('t.virtual_circuit_id', (s) => s.select('id').from('circuits_virtualcircuit').whereILike('cid', like)));
  },
});
