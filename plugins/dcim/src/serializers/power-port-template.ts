import { defineSerializer } from '@patchbay/core';
import { PowerPortTemplate } from '../models/power-port-template.js';

/** Power port templates of a device or module type. */
export const powerPortTemplateSerializer = defineSerializer(PowerPortTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'maximum_draw', 'allocated_draw', 'description',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
