import { defineSerializer } from '@patchbay/core';
import { FrontPortTemplate } from '../models/front-port-template.js';

/** Front port templates, their rear port shown in brief. */
export const frontPortTemplateSerializer = defineSerializer(FrontPortTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'color', 'rear_port', 'rear_port_position',
    'description', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
