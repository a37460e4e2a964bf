import { defineSerializer } from '@patchbay/core';
import { ConsolePort } from '../models/console-port.js';

/** ConsolePort in NetBox 4.2's key order. */
export const consolePortSerializer = defineSerializer(ConsolePort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'speed', 'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
});
