import { defineSerializer } from '@patchbay/core';
import { ConsoleServerPortTemplate } from '../models/console-server-port-template.js';

/** Console server port templates of a device or module type. */
export const consoleServerPortTemplateSerializer = defineSerializer(ConsoleServerPortTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'description', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
