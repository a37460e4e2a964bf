import { choice, defineFilterSet, method, type Knex } from '@patchbay/core';
import { FHRPGroupAuthTypeChoices, FHRPGroupProtocolChoices } from '../choices/services.js';
import { FHRPGroup } from '../models/fhrp-group.js';

/**
 * NetBox's `related_ip`: groups holding an IP inside the network of one of the given IP
 * addresses (by id), in the same VRF (or both global).
 */
const relatedIp = method('number', (qb, values) => {
  qb.whereIn('t.id', (sub: Knex.QueryBuilder) => sub
    .select('a.assigned_object_id').from('ipam_ipaddress as a').join('ipam_ipaddress as r', (j) => {
      j.on(qb.client.raw('a.address <<= r.address')).andOn(qb.client.raw('a.vrf_id IS NOT DISTINCT FROM r.vrf_id'));
    })
    .where('a.assigned_object_type', 'ipam.fhrpgroup').whereIn('r.id', values as number[]));
}, []);

/** NetBox's `q` for FHRP groups: description, name, or the group number's digits. */
function search(qb: Knex.QueryBuilder, q: string): void {
  qb.where((w) => {
    w.where('t.description', 'ilike', `%${q}%`).orWhere('t.name', 'ilike', `%${q}%`).orWhereRaw('t.group_id::text LIKE ?', [`%${q.trim()}%`]);
  });
}

/** NetBox's FHRPGroupFilterSet. */
export const fhrpGroupFilterSet = defineFilterSet(FHRPGroup, {
  fields: {
    group_id: 'number',
    name: 'text',
    auth_key: 'text',
    description: 'text',
    protocol: choice(FHRPGroupProtocolChoices),
    auth_type: choice(FHRPGroupAuthTypeChoices),
    related_ip: relatedIp,
  },
  search,
});
