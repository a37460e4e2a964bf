import { defineSerializer, field, type Knex } from '@patchbay/core';
import { ASNRange } from '../models/asn-range.js';

/**
 * The ASNs inside each range, as a correlated subquery of the page query (ASNs are not linked
 * to ranges by a foreign key, so core's grouped counts do not apply). Used as the resource's queryShape.
 */
export function withAsnCount(qb: Knex.QueryBuilder): void {
  qb.select(qb.client.raw('(SELECT count(*) FROM ipam_asn a WHERE a.asn BETWEEN t.start AND t."end") AS asn_count'));
}

/** ASN ranges in NetBox 4.2's key order (no `comments`, as NetBox's OrganizationalModel). */
export const asnRangeSerializer = defineSerializer(ASNRange, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'rir', 'start', 'end', 'tenant', 'description', 'tags',
    'custom_fields', 'created', 'last_updated', 'asn_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
  extraFields: {
    asn_count: field.computed((row) => Number(row.asn_count ?? 0), { schema: { type: 'integer', readOnly: true } }),
  },
});
