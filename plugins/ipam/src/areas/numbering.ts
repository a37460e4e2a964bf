/**
 * The numbering area of IPAM (see area.ts): VRFs, route targets, RIRs, aggregates, roles, ASNs
 * and ASN ranges (with `available-asns`), plus what it adds to other plugins: a site's `asns`
 * (with the `asn`/`asn_id` site filters) and a tenant's `vrf_count`.
 */
import { defineResource, defineSearchIndex, field, relation } from '@patchbay/core';
import type { IpamArea } from './area.js';
import { VRF } from '../models/vrf.js';
import { RouteTarget } from '../models/route-target.js';
import { RIR } from '../models/rir.js';
import { Aggregate } from '../models/aggregate.js';
import { Role } from '../models/role.js';
import { ASN } from '../models/asn.js';
import { ASNRange } from '../models/asn-range.js';
import { vrfSerializer } from '../serializers/vrf.js';
import { routeTargetSerializer } from '../serializers/route-target.js';
import { rirSerializer } from '../serializers/rir.js';
import { aggregateSerializer } from '../serializers/aggregate.js';
import { roleSerializer } from '../serializers/role.js';
import { asnSerializer } from '../serializers/asn.js';
import { asnRangeSerializer, withAsnCount } from '../serializers/asn-range.js';
import { vrfFilterSet } from '../filters/vrf.js';
import { routeTargetFilterSet } from '../filters/route-target.js';
import { rirFilterSet } from '../filters/rir.js';
import { aggregateFilterSet } from '../filters/aggregate.js';
import { roleFilterSet } from '../filters/role.js';
import { asnFilterSet } from '../filters/asn.js';
import { asnRangeFilterSet } from '../filters/asn-range.js';
import { availableAsnRoutes } from '../routes/available-asns.js';
import { createNumberingTables } from '../migrations/20260303000100_create_numbering_tables.js';

export const numbering: IpamArea = {
  models: [VRF, RouteTarget, RIR, Aggregate, Role, ASN, ASNRange],
  resources: [
    defineResource({ slug: 'vrfs', model: VRF, serializer: vrfSerializer, filterSet: vrfFilterSet }),
    defineResource({ slug: 'route-targets', model: RouteTarget, serializer: routeTargetSerializer, filterSet: routeTargetFilterSet }),
    defineResource({ slug: 'rirs', model: RIR, serializer: rirSerializer, filterSet: rirFilterSet }),
    defineResource({ slug: 'aggregates', model: Aggregate, serializer: aggregateSerializer, filterSet: aggregateFilterSet }),
    defineResource({ slug: 'roles', model: Role, serializer: roleSerializer, filterSet: roleFilterSet }),
    defineResource({ slug: 'asns', model: ASN, serializer: asnSerializer, filterSet: asnFilterSet }),
    defineResource({ slug: 'asn-ranges', model: ASNRange, serializer: asnRangeSerializer, filterSet: asnRangeFilterSet, queryShape: withAsnCount }),
  ],
  routes: availableAsnRoutes,
  // NetBox's ipam/search.py weights and display attributes.
  searchIndexes: [
    defineSearchIndex(Aggregate, { fields: { prefix: 110, description: 500, date_added: 2000, comments: 5000 }, display: ['rir', 'tenant', 'description'] }),
    defineSearchIndex(ASN, { fields: { asn: 100, description: 500, comments: 5000 }, display: ['rir', 'tenant', 'description'] }),
    defineSearchIndex(ASNRange, { fields: { name: 100, slug: 110, description: 500 }, display: ['rir', 'tenant', 'description'] }),
    defineSearchIndex(RIR, { fields: { name: 100, slug: 110, description: 500 }, display: ['is_private', 'description'] }),
    defineSearchIndex(Role, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
    defineSearchIndex(RouteTarget, { fields: { name: 100, description: 500, comments: 5000 }, display: ['tenant', 'description'] }),
    defineSearchIndex(VRF, { fields: { name: 100, rd: 200, description: 500, comments: 5000 }, display: ['rd', 'tenant', 'description'] }),
  ],
  migrations: { '20260303000100_create_numbering_tables': createNumberingTables },
  serializerFields: [
    // NetBox's Site.asns, just before `tags` in the reference's Site.
    {
      model: 'dcim.site', name: 'asns', after: 'comments',
      spec: field.many(() => ASN, { table: 'dcim_site_asns', from: 'site_id', to: 'asn_id' }),
    },
    { model: 'tenancy.tenant', name: 'vrf_count', spec: field.count(() => VRF, 'tenant_id'), after: ['vlan_count', 'site_count'] },
  ],
  filters: [
    {
      // NetBox's SiteFilterSet: `asn` (numbers) and `asn_id`.
      model: 'dcim.site',
      filters: { asn: relation(() => ASN, { column: 'id', by: 'asn', through: [{ table: 'dcim_site_asns', select: 'site_id', column: 'asn_id' }] }) },
    },
  ],
};
