import { defineSerializer, field } from '@patchbay/core';
import { Location } from '../models/location.js';
import { Rack } from '../models/rack.js';
import { Device } from '../models/device.js';

/** Locations in NetBox's key order; rack and device counts cover the whole subtree, as NetBox's. */
export const locationSerializer = defineSerializer(Location, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'site', 'parent', 'status', 'tenant', 'facility',
    'description', 'tags', 'custom_fields', 'created', 'last_updated', 'rack_count', 'device_count', '_depth',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'rack_count', '_depth'],
  extraFields: {
    rack_count: field.count(() => Rack, 'location_id', { cumulative: true }),
    device_count: field.count(() => Device, 'location_id', { cumulative: true }),
  },
});
