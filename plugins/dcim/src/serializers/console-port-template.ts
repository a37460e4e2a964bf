import { defineSerializer } from '@patchbay/core';
import { ConsolePortTemplate } from '../models/console-port-template.js';

/** Console port templates of a device or module type. */
export const consolePortTemplateSerializer = defineSerializer(ConsolePortTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'description', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
