/**
 * NetBox's PathEndpointFilterSet: `connected=true` lists the endpoints whose path is active,
 * `connected=false` those without a path or with an inactive one. Added to the six endpoint
 * filter sets.
 */
import { method, type FilterDef, type Knex } from '@patchbay/core';
import { PATH_ENDPOINTS } from './nodes.js';

/** The `connected` filter (list queries alias the endpoint table as `t`). */
const connected: FilterDef = method('boolean', (qb, values, _lookup, negate) => {
  const active = (sub: Knex.QueryBuilder) => sub.select('id').from('dcim_cablepath').where('is_active', true);
  const wanted = Boolean(values[0]) !== negate;
  if (wanted) qb.whereIn('t._path_id', active);
  else qb.where((w) => w.whereNull('t._path_id').orWhereNotIn('t._path_id', active));
}, []);

/** The filter contributions, one per path endpoint model. */
export const pathEndpointFilters = Object.keys(PATH_ENDPOINTS).map((model) => ({ model, filters: { connected } }));
