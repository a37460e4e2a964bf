import { defineSerializer } from '@patchbay/core';
import { ConfigTemplate } from '../models/config-template.js';

/** NetBox 4.2's ConfigTemplateSerializer (tagged, no custom fields). */
export const configTemplateSerializer = defineSerializer(ConfigTemplate, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'description', 'environment_params', 'template_code',
    'data_source', 'data_path', 'data_file', 'data_synced', 'tags', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
