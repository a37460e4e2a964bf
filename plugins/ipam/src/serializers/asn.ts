import { defineSerializer, field } from '@patchbay/core';
import { ASN } from '../models/asn.js';
import { SiteASN } from '../models/site-asn.js';

/** ASNs in NetBox 4.2's key order, with the number of sites and providers using each. */
export const asnSerializer = defineSerializer(ASN, {
  fields: [
    'id', 'url', 'display_url', 'display', 'asn', 'rir', 'tenant', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated', 'site_count', 'provider_count',
  ],
  brief: ['id', 'url', 'display', 'asn', 'description'],
  extraFields: {
    site_count: field.count(() => SiteASN, 'asn_id'),
    // Providers belong to the circuits plugin, which has no provider ASNs yet: always 0 (docs/ipam/numbering.md).
    provider_count: field.computed(() => 0, { schema: { type: 'integer', readOnly: true } }),
  },
});
