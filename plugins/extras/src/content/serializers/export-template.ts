import { defineSerializer } from '@patchbay/core';
import { ExportTemplate } from '../models/export-template.js';

/** Export templates in NetBox 4.2's key order (ExportTemplateSerializer); the data source fields are always empty. */
export const exportTemplateSerializer = defineSerializer(ExportTemplate, {
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'name', 'description', 'template_code', 'mime_type',
    'file_extension', 'as_attachment', 'data_source', 'data_path', 'data_file', 'data_synced', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
