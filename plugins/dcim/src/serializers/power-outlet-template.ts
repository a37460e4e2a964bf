import { defineSerializer } from '@patchbay/core';
import { PowerOutletTemplate } from '../models/power-outlet-template.js';

/** Power outlet templates, their power port shown in brief. */
export const powerOutletTemplateSerializer = defineSerializer(PowerOutletTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'power_port', 'feed_leg', 'description',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
