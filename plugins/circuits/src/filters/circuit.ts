import { choice, defineFilterSet, relation } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { Circuit } from '../models/circuit.js';
import { Provider } from '../models/provider.js';
import { ProviderAccount } from '../models/provider-account.js';
import { CircuitType } from '../models/circuit-types.js';
import { CircuitTermination } from '../models/circuit-termination.js';
import { CircuitStatusChoices, DistanceUnitChoices } from '../choices.js';
import { CIRCUIT_TO_TERMINATIONS, terminationScopeFilters } from './termination-scope.js';

/**
 * NetBox 4.2's CircuitFilterSet: provider, account (by account id), type, status, tenancy, contacts,
 * and region / site group / site / provider network through the circuit's terminations. `q` also
 * searches the terminations' cross-connect ids, patch panel info and descriptions.
 */
export const circuitFilterSet = defineFilterSet(Circuit, {
  fields: {
    cid: 'text',
    description: 'text',
    install_date: 'date',
    termination_date: 'date',
    commit_rate: 'number',
    distance: 'number',
    distance_unit: choice(DistanceUnitChoices),
    provider: relation(() => Provider),
    provider_account: relation(() => ProviderAccount, { by: 'account' }),
    type: relation(() => CircuitType),
    status: choice(CircuitStatusChoices),
    ...terminationScopeFilters(CIRCUIT_TO_TERMINATIONS, { providerNetwork: true }),
    termination_a: relation(() => CircuitTermination, { by: false }),
    termination_z: relation(() => CircuitTermination, { by: false }),
    ...tenancyFilters,
    ...contactFilters(Circuit.label),
  },
  search: (qb, q) => {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((w) => w.whereILike('t.cid', like).orWhereILike('t.description', like).orWhereILike('t.comments', like)
      .orWhereIn('t.id', (s) => s.select('circuit_id').from('circuits_circuittermination')
        .whereILike('xconnect_id', like).orWhereILike('pp_info', like).orWhereILike('description', like)));
  },
});
