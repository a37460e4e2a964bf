import { defineSerializer } from '@patchbay/core';
import { PowerFeed } from '../models/power-feed.js';

/** Power feeds in NetBox 4.2's key order (available_power is not shown). */
export const powerFeedSerializer = defineSerializer(PowerFeed, {
  fields: [
    'id', 'url', 'display_url', 'display', 'power_panel', 'rack', 'name', 'status', 'type', 'supply', 'phase',
    'voltage', 'amperage', 'max_utilization', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type',
    'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'description', 'tenant',
    'comments', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  // NetBox 4.2's PowerFeedSerializer.brief_fields.
  brief: ['id', 'url', 'display', 'name', 'description', 'cable', '_occupied'],
});
