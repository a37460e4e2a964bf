import { choice, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { IPRangeStatusChoices } from '../choices/addressing.js';
import { IPRange } from '../models/ip-range.js';
import { Role } from '../models/role.js';
import { familyFilter, toCidr, toInet, vrfFilters } from './ip-filters.js';

/** Exact addresses (`net_in`: host and mask), invalid values match nothing. */
const exactAddress = (column: string) => method('text', (qb, values, _lookup, negate) => {
  const addrs = values.map(toInet);
  if (addrs.some((a) => a === null)) return void qb.whereRaw('false');
  qb.whereRaw(`${negate ? 'NOT ' : ''}(${column} = ANY(?::inet[]))`, [addrs as string[]]);
}, ['n']);

/** Ranges holding the given address or network (NetBox compares it with both ends). */
const contains = method('text', (qb, values) => {
  const v = toInet(values[0]);
  if (!v) return void qb.whereRaw('false');
  // Host parts compared: an address's own mask must not move it out of the range.
  qb.whereRaw('host(t.start_address)::inet <= host(?::inet)::inet AND host(t.end_address)::inet >= host(?::inet)::inet', [v, v]);
}, []);

/** Ranges whose both ends lie in one of the given prefixes. */
const parent = method('text', (qb, values) => {
  const nets = values.map(toCidr);
  if (nets.some((n) => n === null)) return void qb.whereRaw('false');
  qb.where((w) => {
    for (const n of nets) w.orWhereRaw('(host(t.start_address)::inet <<= ?::inet AND host(t.end_address)::inet <<= ?::inet)', [n, n]);
  });
}, []);

/** NetBox's IPRange `q`: description, the text of either end, or an exact end. */
function search(qb: Knex.QueryBuilder, q: string): void {
  const inet = q.includes('/') ? toInet(q) : null;
  qb.where((w) => {
    w.where('t.description', 'ilike', `%${q}%`)
      .orWhereRaw('t.start_address::text LIKE ?', [`%${q}%`])
      .orWhereRaw('t.end_address::text LIKE ?', [`%${q}%`]);
    if (inet) w.orWhereRaw('t.start_address = ?::inet OR t.end_address = ?::inet', [inet, inet]);
  });
}

/** NetBox's IPRangeFilterSet. */
export const ipRangeFilterSet = defineFilterSet(IPRange, {
  fields: {
    family: familyFilter('t.start_address'),
    start_address: exactAddress('t.start_address'),
    end_address: exactAddress('t.end_address'),
    contains,
    ...vrfFilters,
    role: relation(() => Role),
    status: choice(IPRangeStatusChoices),
    parent,
    ...tenancyFilters,
    ...contactFilters(IPRange.label),
    mark_populated: 'boolean',
    mark_utilized: 'boolean',
    size: 'number',
    description: 'text',
  },
  search,
});
