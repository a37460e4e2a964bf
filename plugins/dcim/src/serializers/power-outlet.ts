import { defineSerializer } from '@patchbay/core';
import { PowerOutlet } from '../models/power-outlet.js';

/** PowerOutlet in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const powerOutletSerializer = defineSerializer(PowerOutlet, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'color', 'power_port', 'feed_leg', 'description', 'mark_connected', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description'],
});
