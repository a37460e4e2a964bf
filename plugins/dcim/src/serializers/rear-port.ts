import { defineSerializer } from '@patchbay/core';
import { RearPort } from '../models/rear-port.js';

/** RearPort in NetBox 4.2's key order. */
export const rearPortSerializer = defineSerializer(RearPort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'positions', 'description', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
});
