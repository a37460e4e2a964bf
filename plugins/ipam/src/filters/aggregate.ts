import { defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { Aggregate } from '../models/aggregate.js';
import { RIR } from '../models/rir.js';
import { familyFilter, toCidr } from './ip-filters.js';

/** `?prefix=`: one exact network (host bits cleared); a value that is not a network matches nothing. */
const exactPrefix = method('text', (qb, values) => {
  const net = toCidr(values[0]);
  if (!net) return void qb.whereRaw('false');
  qb.whereRaw('t.prefix = ?::cidr', [net]);
}, []);

/** NetBox's `q` for aggregates: description, the prefix's text, and the aggregates containing a given network. */
function search(qb: Knex.QueryBuilder, q: string): void {
  const net = toCidr(q);
  qb.where((w) => {
    w.where('t.description', 'ilike', `%${q}%`).orWhereRaw('t.prefix::text LIKE ?', [`%${q.trim()}%`]);
    if (net) w.orWhereRaw('t.prefix >>= ?::cidr', [net]);
  });
}

/** NetBox's AggregateFilterSet. */
export const aggregateFilterSet = defineFilterSet(Aggregate, {
  fields: {
    family: familyFilter('t.prefix'),
    prefix: exactPrefix,
    date_added: 'date',
    description: 'text',
    rir: relation(() => RIR),
    ...tenancyFilters,
    ...contactFilters('ipam.aggregate'),
  },
  search,
});
