/** The full REST contract of /api/extras/export-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { EXPORT_TEMPLATES, contentApp, make } from './fixtures.js';

describeApiViewSet<{ templates: number[] }>({
  ...contentApp(),
  path: EXPORT_TEMPLATES,
  model: 'extras.exporttemplate',
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'name', 'description', 'template_code', 'mime_type',
    'file_extension', 'as_attachment', 'data_source', 'data_path', 'data_file', 'data_synced', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: async (app) => ({
    templates: [
      (await make(app.api, EXPORT_TEMPLATES, { name: 'CSV', object_types: ['dcim.site'], template_code: '{% for s in queryset %}{{ s.name }}\n{% endfor %}', mime_type: 'text/csv', file_extension: 'csv', description: 'sites as CSV' })).id,
      (await make(app.api, EXPORT_TEMPLATES, { name: 'YAML', object_types: ['dcim.site', 'tenancy.tenant'], template_code: 'x: 1', mime_type: 'application/yaml', file_extension: 'yaml' })).id,
      (await make(app.api, EXPORT_TEMPLATES, { name: 'Plain', object_types: ['acl.accesslist'], template_code: 'plain', as_attachment: false })).id,
    ],
  }),
  createData: [
    { name: 'T4', object_types: ['dcim.site'], template_code: '{{ queryset | length }}' },
    { name: 'T5', object_types: ['tenancy.tenant'], template_code: 'five', mime_type: 'text/plain', description: 'five' },
    { name: 'T6', object_types: ['dcim.device', 'dcim.rack'], template_code: 'six', file_extension: 'txt', as_attachment: false },
  ],
  updateData: { name: 'Renamed', template_code: 'updated', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad', object_types: ['dcim.site'], template_code: '{% for %}' },
  filters: (fx) => ({
    'name=CSV': 1,
    'name__ic=a': 2,
    'description__ic=sites': 1,
    'mime_type=text/csv': 1,
    'file_extension=yaml': 1,
    'as_attachment=false': 1,
    'object_type=dcim.site': 2,
    [`object_type_id__n=0`]: 3,
    'data_source_id=1': 0,
    'q=yaml': 1,
    [`id=${fx.templates[2]}`]: 1,
  }),
});
