import { defineSerializer } from '@patchbay/core';
import { DeviceBay } from '../models/device-bay.js';

/** DeviceBay in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const deviceBaySerializer = defineSerializer(DeviceBay, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'name', 'label', 'description', 'installed_device', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description'],
});
