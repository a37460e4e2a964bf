import { defineSerializer } from '@patchbay/core';
import { ConsoleServerPort } from '../models/console-server-port.js';

/** ConsoleServerPort in NetBox 4.2's key order (cabling fields come with the cabling issue). */
export const consoleServerPortSerializer = defineSerializer(ConsoleServerPort, {
  fields: ['id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'label', 'type', 'speed', 'description', 'mark_connected', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'device', 'name', 'description'],
});
