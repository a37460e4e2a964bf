/**
 * @patchbay/plugin-circuits — NetBox 4.2's circuits app: providers with their accounts and
 * networks, circuit types, circuits and their A/Z terminations, circuit groups and assignments,
 * virtual circuit types, virtual circuits and their terminations on virtual interfaces.
 * Built only on @patchbay/core's public API. Adds `circuit_count` to tenants and sites.
 */
import { definePlugin, defineResource, field, relation, type PluginExtensions } from '@patchbay/core';
import { Provider } from './models/provider.js';
import { ProviderAccount } from './models/provider-account.js';
import { ProviderNetwork } from './models/provider-network.js';
import { CircuitType, VirtualCircuitType } from './models/circuit-types.js';
import { Circuit } from './models/circuit.js';
import { CircuitTermination } from './models/circuit-termination.js';
import { CircuitGroup } from './models/circuit-group.js';
import { CircuitGroupAssignment } from './models/circuit-group-assignment.js';
import { VirtualCircuit } from './models/virtual-circuit.js';
import { VirtualCircuitTermination } from './models/virtual-circuit-termination.js';
import { providerSerializer } from './serializers/provider.js';
import { providerAccountSerializer } from './serializers/provider-account.js';
import { providerNetworkSerializer } from './serializers/provider-network.js';
import { circuitTypeSerializer, virtualCircuitTypeSerializer } from './serializers/circuit-types.js';
import { circuitSerializer } from './serializers/circuit.js';
import { circuitTerminationSerializer } from './serializers/circuit-termination.js';
import { circuitGroupSerializer } from './serializers/circuit-group.js';
import { circuitGroupAssignmentSerializer } from './serializers/circuit-group-assignment.js';
import { virtualCircuitSerializer } from './serializers/virtual-circuit.js';
import { virtualCircuitTerminationSerializer } from './serializers/virtual-circuit-termination.js';
import { providerFilterSet } from './filters/provider.js';
import { providerAccountFilterSet } from './filters/provider-account.js';
import { providerNetworkFilterSet } from './filters/provider-network.js';
import { circuitTypeFilterSet, virtualCircuitTypeFilterSet } from './filters/circuit-types.js';
import { circuitFilterSet } from './filters/circuit.js';
import { circuitTerminationFilterSet } from './filters/circuit-termination.js';
import { circuitGroupFilterSet } from './filters/circuit-group.js';
import { circuitGroupAssignmentFilterSet } from './filters/circuit-group-assignment.js';
import { virtualCircuitFilterSet } from './filters/virtual-circuit.js';
import { virtualCircuitTerminationFilterSet } from './filters/virtual-circuit-termination.js';
import { CircuitPriorityChoices, CircuitStatusChoices, CircuitTerminationSideChoices, DistanceUnitChoices, VirtualCircuitTerminationRoleChoices } from './choices.js';
import { circuitWriteHooks } from './services/circuit-distance.js';
import { registerCircuitSignals } from './signals.js';
import { registerCircuitPaths } from './services/circuit-path.js';
import { circuitTerminationPathsRoute, virtualCircuitTerminationPathsRoute } from './routes/circuit-termination-paths.js';
import { searchIndexes } from './search.js';
import { createCircuitTables } from './migrations/20260304000100_create_circuit_tables.js';
import { createProviderAsns } from './migrations/20260304000200_create_provider_asns.js';
import { addTerminationCables } from './migrations/20260304000300_add_termination_cables.js';
import { ProviderASN } from './models/provider-asn.js';

export {
  Provider, ProviderAccount, ProviderNetwork, CircuitType, VirtualCircuitType, Circuit, CircuitTermination, CircuitGroup,
  CircuitGroupAssignment, VirtualCircuit, VirtualCircuitTermination,
  CircuitStatusChoices, CircuitTerminationSideChoices, CircuitPriorityChoices, VirtualCircuitTerminationRoleChoices, DistanceUnitChoices,
};

/**
 * Counts on other apps' objects. The reference shows them right after `last_updated` in
 * alphabetical order, so `circuit_count` comes first on both. A site counts the circuit
 * terminations there (NetBox's RelatedObjectCountField('circuit_terminations')).
 */
const counts: NonNullable<PluginExtensions['serializerFields']> = [
  { model: 'tenancy.tenant', name: 'circuit_count', spec: field.count(() => Circuit, 'tenant_id'), after: 'last_updated' },
  { model: 'dcim.site', name: 'circuit_count', spec: field.count(() => CircuitTermination, '_site_id'), after: 'last_updated' },
  // IPAM's ASN shows how many providers use it (NetBox's ASNSerializer.provider_count).
  { model: 'ipam.asn', name: 'provider_count', spec: field.count(() => ProviderASN, 'asn_id'), after: 'site_count' },
];

/** Filters circuits adds to other apps: ASNs by provider, interfaces by virtual circuit. */
const extraFilters: NonNullable<PluginExtensions['filters']> = [
  {
    model: 'ipam.asn',
    filters: { provider: relation(() => Provider, { column: 'id', by: 'slug', through: [{ table: 'circuits_provider_asns', select: 'asn_id', column: 'provider_id' }] }) },
  },
  {
    // NetBox's InterfaceFilterSet: interfaces terminating the given virtual circuits / terminations.
    model: 'dcim.interface',
    filters: {
      virtual_circuit: relation(() => VirtualCircuit, { by: false, column: 'id', through: [{ table: 'circuits_virtualcircuittermination', select: 'interface_id', column: 'virtual_circuit_id' }] }),
      virtual_circuit_termination: relation(() => VirtualCircuitTermination, { by: false, column: 'id', through: [{ table: 'circuits_virtualcircuittermination', select: 'interface_id', column: 'id' }] }),
    },
  },
];

export const circuitsPlugin = definePlugin({
  name: 'circuits',
  version: '0.1.0',
  description: 'Providers, circuits and their terminations, circuit groups, virtual circuits.',
  compatibility: '>=0.1.0 <1.0.0',
  dependsOn: ['tenancy', 'dcim', 'ipam'],
  mount: 'circuits',
  models: [
    Provider, ProviderAccount, ProviderNetwork, CircuitType, Circuit, CircuitTermination, CircuitGroup, CircuitGroupAssignment,
    VirtualCircuitType, VirtualCircuit, VirtualCircuitTermination,
  ],
  resources: [
    defineResource({ slug: 'providers', model: Provider, serializer: providerSerializer, filterSet: providerFilterSet }),
    defineResource({ slug: 'provider-accounts', model: ProviderAccount, serializer: providerAccountSerializer, filterSet: providerAccountFilterSet }),
    defineResource({ slug: 'provider-networks', model: ProviderNetwork, serializer: providerNetworkSerializer, filterSet: providerNetworkFilterSet }),
    defineResource({ slug: 'circuit-types', model: CircuitType, serializer: circuitTypeSerializer, filterSet: circuitTypeFilterSet }),
    defineResource({ slug: 'circuits', model: Circuit, serializer: circuitSerializer, filterSet: circuitFilterSet, hooks: circuitWriteHooks }),
    defineResource({ slug: 'circuit-terminations', model: CircuitTermination, serializer: circuitTerminationSerializer, filterSet: circuitTerminationFilterSet }),
    defineResource({ slug: 'circuit-groups', model: CircuitGroup, serializer: circuitGroupSerializer, filterSet: circuitGroupFilterSet }),
    defineResource({
      slug: 'circuit-group-assignments', model: CircuitGroupAssignment, serializer: circuitGroupAssignmentSerializer, filterSet: circuitGroupAssignmentFilterSet,
    }),
    defineResource({ slug: 'virtual-circuit-types', model: VirtualCircuitType, serializer: virtualCircuitTypeSerializer, filterSet: virtualCircuitTypeFilterSet }),
    defineResource({ slug: 'virtual-circuits', model: VirtualCircuit, serializer: virtualCircuitSerializer, filterSet: virtualCircuitFilterSet }),
    defineResource({
      slug: 'virtual-circuit-terminations', model: VirtualCircuitTermination, serializer: virtualCircuitTerminationSerializer,
      filterSet: virtualCircuitTerminationFilterSet,
    }),
  ],
  routes: [circuitTerminationPathsRoute, virtualCircuitTerminationPathsRoute],
  searchIndexes,
  choices: [CircuitStatusChoices, CircuitTerminationSideChoices, CircuitPriorityChoices, VirtualCircuitTerminationRoleChoices, DistanceUnitChoices],
  migrations: {
    '20260304000100_create_circuit_tables': createCircuitTables,
    '20260304000200_create_provider_asns': createProviderAsns,
    '20260304000300_add_termination_cables': addTerminationCables,
  },
  extends: { serializerFields: counts, filters: extraFilters },
  setup(ctx) {
    registerCircuitSignals(ctx);
    registerCircuitPaths(ctx);
  },
});

export default circuitsPlugin;
