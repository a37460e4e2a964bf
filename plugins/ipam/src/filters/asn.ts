import { defineFilterSet, relation, type Knex } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { Site, SiteGroup } from '@patchbay/plugin-dcim';
import { ASN } from '../models/asn.js';
import { RIR } from '../models/rir.js';

/** NetBox's `q` for ASNs: the description, or the number itself. */
function search(qb: Knex.QueryBuilder, q: string): void {
  const v = q.trim();
  qb.where((w) => {
    w.where('t.description', 'ilike', `%${q}%`);
    if (/^\d{1,10}$/.test(v)) w.orWhere('t.asn', Number(v));
  });
}

/** NetBox's ASNFilterSet (the provider filters wait for the circuits plugin's provider ASNs). */
export const asnFilterSet = defineFilterSet(ASN, {
  fields: {
    asn: 'number',
    description: 'text',
    rir: relation(() => RIR),
    // Sites reach ASNs through dcim_site_asns.
    site: relation(() => Site, { column: 'id', through: [{ table: 'dcim_site_asns', select: 'asn_id', column: 'site_id' }] }),
    site_group: relation(() => SiteGroup, {
      column: 'id', tree: true,
      through: [{ table: 'dcim_site_asns', select: 'asn_id', column: 'site_id' }, { table: 'dcim_site', column: 'group_id' }],
    }),
    ...tenancyFilters,
  },
  search,
});
