import { defineSerializer } from '@patchbay/core';
import { PowerOutlet } from '../models/power-outlet.js';

/** PowerOutlet in NetBox 4.2's key order. */
export const powerOutletSerializer = defineSerializer(PowerOutlet, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'power_port', 'feed_leg', 'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
});
