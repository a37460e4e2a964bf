/** The full REST contract of /api/extras/custom-links/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CUSTOM_LINKS, contentApp, make } from './fixtures.js';

describeApiViewSet<{ links: number[] }>({
  ...contentApp(),
  path: CUSTOM_LINKS,
  model: 'extras.customlink',
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'name', 'enabled', 'link_text', 'link_url', 'weight',
    'group_name', 'button_class', 'new_window', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name'],
  setup: async (app) => ({
    links: [
      (await make(app.api, CUSTOM_LINKS, { name: 'Link 1', object_types: ['dcim.site'], link_text: 'Site {{ object.name }}', link_url: 'https://example.com/{{ object.slug }}', group_name: 'Group A' })).id,
      (await make(app.api, CUSTOM_LINKS, { name: 'Link 2', object_types: ['dcim.site', 'tenancy.tenant'], link_text: 'Two', link_url: 'https://two.example.com/', weight: 200, button_class: 'blue' })).id,
      (await make(app.api, CUSTOM_LINKS, { name: 'Link 3', object_types: ['acl.accesslist'], link_text: 'Three', link_url: 'https://three.example.com/', enabled: false, new_window: true })).id,
    ],
  }),
  createData: [
    { name: 'Link 4', object_types: ['dcim.site'], link_text: 'Four', link_url: 'https://four.example.com/' },
    { name: 'Link 5', object_types: ['tenancy.tenant'], link_text: 'Five', link_url: 'https://five.example.com/{{ object.id }}', button_class: 'red' },
    { name: 'Link 6', object_types: ['dcim.device', 'dcim.rack'], link_text: 'Six', link_url: 'https://six.example.com/', group_name: 'G' },
  ],
  updateData: { name: 'Link X', link_text: 'Updated {{ object.name }}', weight: 10 },
  bulkUpdateData: { enabled: false },
  invalidData: { name: 'Link 9', object_types: ['dcim.site'], link_text: '{% if %}', link_url: 'https://x/' },
  filters: (fx) => ({
    'name=Link 1': 1,
    'name__ic=link': 3,
    'enabled=true': 2,
    'new_window=true': 1,
    'weight=200': 1,
    'weight__gte=100': 3,
    'group_name=Group A': 1,
    'button_class=blue': 1,
    'link_text__ic=site': 1,
    'object_type=dcim.site': 2,
    'object_type=tenancy.tenant': 1,
    'object_type__n=dcim.site': 1,
    'object_type__ic=acl': 1,
    'q=three': 1,
    [`id=${fx.links[0]}`]: 1,
  }),
});
