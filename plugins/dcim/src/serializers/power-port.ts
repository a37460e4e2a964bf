import { defineSerializer } from '@patchbay/core';
import { PowerPort } from '../models/power-port.js';

/** PowerPort in NetBox 4.2's key order. */
export const powerPortSerializer = defineSerializer(PowerPort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'maximum_draw', 'allocated_draw', 'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
});
