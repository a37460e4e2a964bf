import { defineSerializer } from '@patchbay/core';
import { RearPort } from '../models/rear-port.js';

/** RearPort in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const rearPortSerializer = defineSerializer(RearPort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'positions', 'description', 'mark_connected', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description'],
});
