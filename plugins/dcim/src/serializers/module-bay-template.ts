import { defineSerializer } from '@patchbay/core';
import { ModuleBayTemplate } from '../models/module-bay-template.js';

/** Module bay templates of a device or module type. */
export const moduleBayTemplateSerializer = defineSerializer(ModuleBayTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'position', 'description', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
