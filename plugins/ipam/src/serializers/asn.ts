import { defineSerializer, field } from '@patchbay/core';
import { ASN } from '../models/asn.js';
import { SiteASN } from '../models/site-asn.js';

/** ASNs in NetBox 4.2's key order, with the number of sites using each (circuits adds `provider_count` after it). */
export const asnSerializer = defineSerializer(ASN, {
  fields: [
    'id', 'url', 'display_url', 'display', 'asn', 'rir', 'tenant', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated', 'site_count',
  ],
  brief: ['id', 'url', 'display', 'asn', 'description'],
  extraFields: {
    site_count: field.count(() => SiteASN, 'asn_id'),
  },
});
