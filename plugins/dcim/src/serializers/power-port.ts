import { defineSerializer } from '@patchbay/core';
import { PowerPort } from '../models/power-port.js';

/** PowerPort in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const powerPortSerializer = defineSerializer(PowerPort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'maximum_draw', 'allocated_draw', 'description', 'mark_connected', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description'],
});
