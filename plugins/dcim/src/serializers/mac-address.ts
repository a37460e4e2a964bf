import { defineSerializer } from '@patchbay/core';
import { MACAddress } from '../models/mac-address.js';

/** MACAddress in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const macAddressSerializer = defineSerializer(MACAddress, {
  fields: ['id', 'url', 'display_url', 'display', 'mac_address', 'assigned_object_type', 'assigned_object_id', 'assigned_object', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'mac_address', 'description'],
});
