import { defineSerializer } from '@patchbay/core';
import { InterfaceTemplate } from '../models/interface-template.js';

/** Interface templates of a device or module type. */
export const interfaceTemplateSerializer = defineSerializer(InterfaceTemplate, {
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'enabled', 'mgmt_only', 'description',
    'bridge', 'poe_mode', 'poe_type', 'rf_role', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
