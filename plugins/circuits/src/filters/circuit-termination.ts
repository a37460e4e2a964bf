import { choice, defineFilterSet, relation } from '@patchbay/core';
import { cabledObjectFilters, scopeFilters } from '@patchbay/plugin-dcim';
import { CircuitTermination } from '../models/circuit-termination.js';
import { Circuit } from '../models/circuit.js';
import { Provider } from '../models/provider.js';
import { ProviderNetwork } from '../models/provider-network.js';
import { CircuitTerminationSideChoices } from '../choices.js';

/**
 * NetBox 4.2's CircuitTerminationFilterSet: the scope filters match the cached `_region`,
 * `_site_group`, `_site`, `_location` columns (dcim's scopeFilters, as on prefixes and clusters:
 * regions, groups and locations by subtree) and `_provider_network`; provider through the circuit.
 */
export const circuitTerminationFilterSet = defineFilterSet(CircuitTermination, {
  fields: {
    term_side: choice(CircuitTerminationSideChoices),
    termination_type: 'text',
    termination_id: 'number',
    port_speed: 'number',
    upstream_speed: 'number',
    xconnect_id: 'text',
    pp_info: 'text',
    description: 'text',
    circuit: relation(() => Circuit, { by: false }),
    ...scopeFilters(),
    provider_network: relation(() => ProviderNetwork, { column: '_provider_network_id', by: false }),
    provider: relation(() => Provider, { column: 'circuit_id', through: [{ table: Circuit.tableName, column: 'provider_id' }] }),
    ...cabledObjectFilters,
  },
  search: (qb, q) => {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((w) => w.whereILike('t.xconnect_id', like).orWhereILike('t.pp_info', like).orWhereILike('t.description', like)
      .orWhereIn('t.circuit_id', (s) => s.select('id').from('circuits_circuit').whereILike('cid', like)));
  },
});
