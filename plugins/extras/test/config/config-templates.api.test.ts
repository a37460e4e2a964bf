/** The full REST contract of /api/extras/config-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { TEMPLATES, configApp, make } from './fixtures.js';

interface Fx { templates: number[] }

describeApiViewSet<Fx>({
  ...configApp,
  path: TEMPLATES,
  model: 'extras.configtemplate',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'description', 'environment_params', 'template_code',
    'data_source', 'data_path', 'data_file', 'data_synced', 'tags', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: async (app) => {
    await make(app.api, '/api/extras/tags/', { name: 'Golden', slug: 'golden' });
    const templates = [
      (await make(app.api, TEMPLATES, { name: 'Template 1', template_code: 'hostname {{ device.name }}', description: 'edge', tags: [{ slug: 'golden' }] })).id,
      (await make(app.api, TEMPLATES, { name: 'Template 2', template_code: '{% for i in items %}{{ i }}{% endfor %}', environment_params: { trim_blocks: true } })).id,
      (await make(app.api, TEMPLATES, { name: 'Template 3', template_code: 'static', description: 'core' })).id,
    ];
    return { templates };
  },
  createData: [
    { name: 'Template 4', template_code: '{{ a }}' },
    { name: 'Template 5', template_code: '{% if x %}yes{% endif %}', environment_params: { lstrip_blocks: true } },
    { name: 'Template 6', template_code: 'plain text', description: 'six' },
  ],
  updateData: { name: 'Template X', template_code: '{{ b }}', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Template 9', template_code: '{% if %}' },
  filters: {
    'name=Template 1': 1,
    'name__ic=template': 3,
    'description=edge': 1,
    'description__n=edge': 2,
    'q=core': 1,
    'tag=golden': 1,
    'auto_sync_enabled=true': 0,
    'data_synced__empty=false': 0,
  },
});
