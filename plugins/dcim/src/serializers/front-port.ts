import { defineSerializer } from '@patchbay/core';
import { FrontPort } from '../models/front-port.js';

/** FrontPort in NetBox 4.2's key order. */
export const frontPortSerializer = defineSerializer(FrontPort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'rear_port', 'rear_port_position', 'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
});
