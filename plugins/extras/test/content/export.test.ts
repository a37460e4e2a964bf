/** `?export=<name>` on list endpoints: CSV and YAML templates over filtered lists, headers, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { EXPORT_TEMPLATES, SITES, contentApp, make, sites } from './fixtures.js';

const CSV = [
  'name,slug,status,tenant',
  "{% for s in queryset %}{{ s.name }},{{ s.slug }},{{ s.status.value }},{{ s.tenant.name if s.tenant else '' }}",
  '{% endfor %}',
].join('\n');

const YAML = [
  '---',
  '{% for s in queryset %}- name: "{{ s.name }}"',
  '  facility: "{{ s.facility }}"',
  '  status: {{ s.status.value }}',
  '{% endfor %}',
].join('\n');

eachDatabase(() => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(contentApp());
    await sites(t);
    await make(t.api, EXPORT_TEMPLATES, { name: 'CSV', object_types: ['dcim.site'], template_code: CSV, mime_type: 'text/csv', file_extension: 'csv' });
    await make(t.api, EXPORT_TEMPLATES, { name: 'YAML', object_types: ['dcim.site', 'tenancy.tenant'], template_code: YAML, mime_type: 'application/yaml', file_extension: 'yaml' });
    await make(t.api, EXPORT_TEMPLATES, { name: 'Inline', object_types: ['dcim.site'], template_code: '{{ queryset | length }} sites\r\n', as_attachment: false });
    await make(t.api, EXPORT_TEMPLATES, { name: 'Broken', object_types: ['dcim.site'], template_code: '{{ queryset[0].name.nope() }}' });
    await make(t.api, EXPORT_TEMPLATES, { name: 'ACL', object_types: ['acl.accesslist'], template_code: '{% for a in queryset %}{{ a.name }};{% endfor %}', file_extension: 'txt' });
  });
  afterAll(async () => t.close());

  describe('?export=', () => {
    it('renders a CSV template over the filtered list (every match, not one page) as an attachment', async () => {
      const res = await t.api.get(`${SITES}?export=CSV&status=active&limit=1`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="netbox_sites.csv"');
      expect(res.body).toBe('name,slug,status,tenant\nSite 1,site-1,active,Tenant 1\nSite 3,site-3,active,\n');
    });

    it('renders a YAML template, ordered as the list (?ordering=)', async () => {
      const res = await t.api.get(`${SITES}?export=YAML&ordering=-name&name__n=Site 2`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/yaml');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="netbox_sites.yaml"');
      expect(res.body).toBe('---\n- name: "Site 3"\n  facility: ""\n  status: active\n- name: "Site 1"\n  facility: "F1"\n  status: active\n');
    });

    it('answers inline with the default MIME type and CRLF turned into LF when not an attachment', async () => {
      const res = await t.api.get(`${SITES}?export=Inline`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(res.body).toBe('3 sites');
    });

    it('serves a template of another object type on that list, third-party plugins included', async () => {
      await make(t.api, '/api/plugins/acl/access-lists/', { name: 'acl-1', type: 'standard', default_action: 'permit' });
      const res = await t.api.get('/api/plugins/acl/access-lists/?export=ACL');
      expect(res.status).toBe(200);
      expect(res.body).toBe('acl-1;');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="netbox_access_lists.txt"');
      // The YAML template is for sites and tenants only.
      expect((await t.api.get('/api/plugins/acl/access-lists/?export=YAML')).status).toBe(404);
    });

    it('answers 404 for an unknown template, as NetBox', async () => {
      const res = await t.api.get(`${SITES}?export=Nope`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: 'Not found.' });
    });

    it('applies filters strictly (an unknown filter is still a 400)', async () => {
      const res = await t.api.get(`${SITES}?export=CSV&bogus=1`);
      expect(res.status).toBe(400);
    });

    it('answers 400 with the error when the template fails to render', async () => {
      const res = await t.api.get(`${SITES}?export=Broken`);
      expect(res.status).toBe(400);
      expect(res.body.detail).toMatch(/^An error occurred while rendering the template: /);
    });

    it('only uses templates and objects the user may view', async () => {
      const noTemplates = await t.createUser({ permissions: [{ objectTypes: ['dcim.site'], actions: ['view'] }] });
      expect((await noTemplates.client.get(`${SITES}?export=CSV`)).status).toBe(404);
      const constrained = await t.createUser({
        permissions: [
          { objectTypes: ['dcim.site'], actions: ['view'], constraints: { slug: 'site-2' } },
          { objectTypes: ['extras.exporttemplate'], actions: ['view'] },
        ],
      });
      const res = await constrained.client.get(`${SITES}?export=CSV`);
      expect(res.status).toBe(200);
      expect(res.body).toBe('name,slug,status,tenant\nSite 2,site-2,planned,\n');
    });

    it('refuses names that would collide with the table export, and templates that do not compile', async () => {
      const res = await t.api.post(EXPORT_TEMPLATES, { name: 'Table', object_types: ['dcim.site'], template_code: 'x' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ name: ['"Table" is a reserved name. Please choose a different name.'] });
      const bad = await t.api.post(EXPORT_TEMPLATES, { name: 'Bad', object_types: ['dcim.site'], template_code: '{% for x in %}' });
      expect(bad.status).toBe(400);
      expect(bad.body.template_code[0]).toMatch(/^Invalid template: /);
      const type = await t.api.post(EXPORT_TEMPLATES, { name: 'Types', object_types: ['dcim.nothing'], template_code: 'x' });
      expect(type.body).toEqual({ object_types: ['Content type dcim.nothing not found'] });
    });

    it('documents the parameter in the OpenAPI document', async () => {
      const doc = await t.api.get('/api/schema/?format=json');
      const params = (doc.body.paths[SITES].get.parameters as { name: string }[]).map((p) => p.name);
      expect(params).toEqual(expect.arrayContaining(['export', 'filter', 'filter_id']));
    });
  });
});
