import { defineSerializer, field } from '@patchbay/core';
import { Site } from '../models/site.js';
import { Rack } from '../models/rack.js';
import { Device } from '../models/device.js';

/**
 * Sites in NetBox's key order. Left out until their issues land: `asns` (IPAM) and the counts of
 * circuits, prefixes, VMs and VLANs; those apps add them through `extends.serializerFields`.
 */
export const siteSerializer = defineSerializer(Site, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'status', 'region', 'group', 'tenant', 'facility',
    'time_zone', 'description', 'physical_address', 'shipping_address', 'latitude', 'longitude', 'comments',
    'tags', 'custom_fields', 'created', 'last_updated', 'device_count', 'rack_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description'],
  extraFields: {
    device_count: field.count(() => Device, 'site_id'),
    rack_count: field.count(() => Rack, 'site_id'),
  },
});
