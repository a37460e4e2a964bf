import { defineSerializer, field } from '@patchbay/core';
import { Device } from '../models/device.js';
import { PowerFeed } from '../models/power-feed.js';
import { Rack } from '../models/rack.js';

/** Racks in NetBox 4.2's key order, with their device and power feed counts. */
export const rackSerializer = defineSerializer(Rack, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'facility_id', 'site', 'location', 'tenant', 'status', 'role',
    'serial', 'asset_tag', 'rack_type', 'form_factor', 'width', 'u_height', 'starting_unit', 'weight', 'max_weight',
    'weight_unit', 'desc_units', 'outer_width', 'outer_depth', 'outer_unit', 'mounting_depth', 'airflow',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated', 'device_count',
    'powerfeed_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'description', 'device_count'],
  extraFields: {
    device_count: field.count(() => Device, 'rack_id'),
    powerfeed_count: field.count(() => PowerFeed, 'rack_id'),
  },
});
