/**
 * NetBox's filters that reach regions, site groups, sites, locations and provider networks through
 * circuit terminations' cached columns. `via` walks from the filtered row back to the terminations
 * (a provider → its circuits → their terminations), each hop selecting the column that points back.
 */
import { relation, type FilterDef } from '@patchbay/core';
import { Location, Region, Site, SiteGroup } from '@patchbay/plugin-dcim';
import { ProviderNetwork } from '../models/provider-network.js';

type Hop = { table: string; column: string; select?: string };

const TERMINATIONS = 'circuits_circuittermination';

/** The scope filters for rows whose `id` is reached from terminations through `via` (outermost hop first). */
export function terminationScopeFilters(via: Hop[], opts: { location?: boolean; providerNetwork?: boolean } = {}): Record<string, FilterDef> {
  const hop = (cachedColumn: string) => [...via.slice(0, -1), { ...via[via.length - 1]!, column: cachedColumn }];
  const out: Record<string, FilterDef> = {
    region: relation(() => Region, { column: 'id', tree: true, through: hop('_region_id') }),
    site_group: relation(() => SiteGroup, { column: 'id', tree: true, through: hop('_site_group_id') }),
    site: relation(() => Site, { column: 'id', through: hop('_site_id') }),
  };
  if (opts.location) out.location = relation(() => Location, { column: 'id', by: false, tree: true, through: hop('_location_id') });
  if (opts.providerNetwork) out.provider_network = relation(() => ProviderNetwork, { column: 'id', by: false, through: hop('_provider_network_id') });
  return out;
}

/** From a circuit to its terminations. */
export const CIRCUIT_TO_TERMINATIONS: Hop[] = [{ table: TERMINATIONS, select: 'circuit_id', column: '' }];
/** From a provider to its circuits' terminations. */
export const PROVIDER_TO_TERMINATIONS: Hop[] = [
  { table: 'circuits_circuit', select: 'provider_id', column: 'id' },
  { table: TERMINATIONS, select: 'circuit_id', column: '' },
];
