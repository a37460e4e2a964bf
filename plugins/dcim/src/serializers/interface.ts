import { defineSerializer } from '@patchbay/core';
import { Interface } from '../models/interface.js';

/** Interface in NetBox 4.2's key order. */
export const interfaceSerializer = defineSerializer(Interface, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'vdcs', 'module', 'name', 'label', 'type', 'enabled', 'parent', 'bridge', 'lag', 'mtu', 'mac_address', 'primary_mac_address', 'mac_addresses', 'speed', 'duplex', 'wwn', 'mgmt_only', 'description', 'mode', 'rf_role', 'rf_channel', 'poe_mode', 'poe_type', 'rf_channel_frequency', 'rf_channel_width', 'tx_power', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type', 'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied'],
});
