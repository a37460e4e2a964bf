import { defineSerializer } from '@patchbay/core';
import { RearPortTemplate } from '../models/rear-port-template.js';

/** Rear port templates of a device or module type. */
export const rearPortTemplateSerializer = defineSerializer(RearPortTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'color', 'positions', 'description', 'created',
    'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
