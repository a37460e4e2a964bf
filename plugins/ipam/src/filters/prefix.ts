import { choice, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { scopeFilters } from '@patchbay/plugin-dcim';
import { PrefixStatusChoices } from '../choices/addressing.js';
import { Prefix } from '../models/prefix.js';
import { Role } from '../models/role.js';
import { VLAN } from '../models/vlan.js';
import { VLANGroup } from '../models/vlan-group.js';
import { familyFilter, maskLengthFilter, networkFilter, presentInVrfFilters, toCidr, toInet, vrfFilters } from './ip-filters.js';
import { vlanVidFilter } from './vid-filter.js';

/** NetBox's `contains`: with a mask, prefixes containing-or-equal it; without, prefixes containing the address. */
const contains = method('text', (qb, values) => {
  const v = String(values[0] ?? '').trim();
  if (v.includes('/')) {
    const net = toCidr(v);
    if (!net) return void qb.whereRaw('false');
    return void qb.whereRaw('t.prefix >>= ?::inet', [net]);
  }
  const ip = toInet(v);
  if (!ip) return void qb.whereRaw('false');
  qb.whereRaw('t.prefix >> ?::inet', [ip]);
}, []);

/** Exact networks (`?prefix=10.0.0.0/8&prefix=…`), invalid values skipped as NetBox does. */
const exactPrefix = method('text', (qb, values, _lookup, negate) => {
  const nets = values.map(toCidr).filter((n): n is string => n !== null);
  qb.whereRaw(`${negate ? 'NOT ' : ''}(t.prefix = ANY(?::cidr[]))`, [nets]);
}, ['n']);

/** NetBox's `q` for prefixes: description, the text of the prefix, and the prefixes containing a given network. */
function search(qb: Knex.QueryBuilder, q: string): void {
  const net = toCidr(q);
  qb.where((w) => {
    w.where('t.description', 'ilike', `%${q}%`).orWhereRaw('t.prefix::text LIKE ?', [`%${q}%`]);
    if (net) w.orWhereRaw('t.prefix >>= ?::inet', [net]);
  });
}

/** NetBox's PrefixFilterSet. */
export const prefixFilterSet = defineFilterSet(Prefix, {
  fields: {
    family: familyFilter('t.prefix'),
    prefix: exactPrefix,
    within: networkFilter('t.prefix', '<<'),
    within_include: networkFilter('t.prefix', '<<='),
    contains,
    depth: { kind: 'number', column: '_depth' },
    children: { kind: 'number', column: '_children' },
    mask_length: maskLengthFilter('t.prefix'),
    ...vrfFilters,
    ...presentInVrfFilters(),
    vlan_group: relation(() => VLANGroup, { column: 'vlan_id', through: [{ table: 'ipam_vlan', column: 'group_id' }] }),
    vlan: relation(() => VLAN, { by: false }),
    vlan_vid: vlanVidFilter('vlan_id'),
    role: relation(() => Role),
    status: choice(PrefixStatusChoices),
    scope_type: 'text',
    scope_id: 'number',
    ...scopeFilters(),
    ...tenancyFilters,
    ...contactFilters(Prefix.label),
    is_pool: 'boolean',
    mark_utilized: 'boolean',
    description: 'text',
  },
  search,
});
