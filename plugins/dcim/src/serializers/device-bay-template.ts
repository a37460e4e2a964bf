import { defineSerializer } from '@patchbay/core';
import { DeviceBayTemplate } from '../models/device-bay-template.js';

/** Device bay templates of a parent device type. */
export const deviceBayTemplateSerializer = defineSerializer(DeviceBayTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'name', 'label', 'description', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
