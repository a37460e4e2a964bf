import { defineSerializer } from '@patchbay/core';
import { ConsolePort } from '../models/console-port.js';

/** ConsolePort in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const consolePortSerializer = defineSerializer(ConsolePort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'speed', 'description', 'mark_connected', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description'],
});
