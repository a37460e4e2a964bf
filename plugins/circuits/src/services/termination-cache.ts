/**
 * NetBox's CircuitTermination.cache_related_objects(), as options of dcim's cached-scope helper
 * (NetBox's CachedScopeMixin): a termination's `termination_type` / `termination_id` is a scope
 * that may also be a provider network (cached as-is in `_provider_network_id`), and its region and
 * site group caches CASCADE as NetBox's do. dcim computes the cache on save and keeps it right when
 * a site or location moves — the same code as for prefixes and clusters, not a copy.
 */
import { SCOPE_TYPES } from '@patchbay/plugin-dcim';

/** NetBox's CIRCUIT_TERMINATION_TERMINATION_TYPES. */
export const CIRCUIT_TERMINATION_TYPES: readonly string[] = [...SCOPE_TYPES, 'circuits.providernetwork'];

/** The termination's scope, for scopeFields() on the model. */
export const TERMINATION_SCOPE = {
  name: 'termination',
  types: CIRCUIT_TERMINATION_TYPES,
  direct: { 'circuits.providernetwork': '_provider_network_id' },
  regionOnDelete: 'cascade',
} as const;
