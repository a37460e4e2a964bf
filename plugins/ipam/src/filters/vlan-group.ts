import { defineFilterSet, method, type Knex } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { VLANGroup } from '../models/vlan-group.js';

/** NetBox's filter_scope: groups scoped to exactly the given object of one type (not its subtree). */
const scopeFilter = (label: string) =>
  method('number', (qb, values) => void qb.where('t.scope_type', label).whereIn('t.scope_id', values as number[]), []);

/** NetBox's VLANGroupFilterSet (4.2): scope by type and id, per scope type, and by a VID the ranges contain. */
export const vlanGroupFilterSet = defineFilterSet(VLANGroup, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    scope_type: 'text',
    scope_id: 'number',
    region: scopeFilter('dcim.region'),
    site_group: scopeFilter('dcim.sitegroup'),
    site: scopeFilter('dcim.site'),
    location: scopeFilter('dcim.location'),
    rack: scopeFilter('dcim.rack'),
    cluster_group: scopeFilter('virtualization.clustergroup'),
    cluster: scopeFilter('virtualization.cluster'),
    contains_vid: method('number', (qb, values) => {
      qb.where((w: Knex.QueryBuilder) => {
        for (const v of values) w.orWhereRaw('EXISTS (SELECT 1 FROM unnest(t.vid_ranges) AS r WHERE r @> ?::int)', [Math.trunc(Number(v))]);
      });
    }, []),
    ...tenancyFilters,
  },
  search: ['name', 'description'],
});
