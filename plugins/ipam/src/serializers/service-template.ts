import { defineSerializer } from '@patchbay/core';
import { ServiceTemplate } from '../models/service-template.js';

/** Service templates in NetBox 4.2's key order. */
export const serviceTemplateSerializer = defineSerializer(ServiceTemplate, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'protocol', 'ports', 'description', 'comments', 'tags',
    'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'protocol', 'ports', 'description'],
});
