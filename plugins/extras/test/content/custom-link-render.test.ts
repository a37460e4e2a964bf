/** `GET /api/extras/custom-links/{id}/render/` (a Patchbay addition) and custom link validation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { CUSTOM_LINKS, contentApp, make, sites } from './fixtures.js';

eachDatabase(() => {
  let t: TestApp;
  let site: number;
  let tenant: number;
  let links: Record<string, number>;

  beforeAll(async () => {
    t = await createTestApp(contentApp());
    const fx = await sites(t);
    site = fx.sites[0]!;
    tenant = fx.tenant;
    const link = (body: Record<string, unknown>) => make(t.api, CUSTOM_LINKS, body).then((r) => r.id as number);
    links = {
      site: await link({ name: 'Maps', object_types: ['dcim.site'], link_text: '  Map of {{ object.name }} ({{ object.tenant.name }}) ', link_url: 'https://maps.example.com/?q={{ object.name }}&by={{ user.username }}' }),
      both: await link({ name: 'Both', object_types: ['dcim.site', 'tenancy.tenant'], link_text: '{{ object.display }}', link_url: '/x/{{ object.id }}' }),
      empty: await link({ name: 'Hidden', object_types: ['dcim.site'], link_text: '{% if object.status.value == "planned" %}Planned{% endif %}', link_url: 'https://p/' }),
      scheme: await link({ name: 'Script', object_types: ['dcim.site'], link_text: 'Run', link_url: 'javascript:alert(1)' }),
    };
  });
  afterAll(async () => t.close());

  describe('custom link rendering', () => {
    it('renders text and URL for an object (stripped, URL-quoted)', async () => {
      const res = await t.api.get(`${CUSTOM_LINKS}${links.site}/render/?object_id=${site}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ text: 'Map of Site 1 (Tenant 1)', url: 'https://maps.example.com/?q=Site%201&by=admin' });
    });

    it('needs object_type when the link applies to several types', async () => {
      const res = await t.api.get(`${CUSTOM_LINKS}${links.both}/render/?object_id=${site}`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ object_type: ['This link applies to several object types: give one.'] });
      const ok = await t.api.get(`${CUSTOM_LINKS}${links.both}/render/?object_type=tenancy.tenant&object_id=${tenant}`);
      expect(ok.body).toEqual({ text: 'Tenant 1', url: `/x/${tenant}` });
      const wrong = await t.api.get(`${CUSTOM_LINKS}${links.site}/render/?object_type=tenancy.tenant&object_id=${tenant}`);
      expect(wrong.body).toEqual({ object_type: ['This link does not apply to tenancy.tenant objects.'] });
    });

    it('gives empty text (NetBox hides the link) and drops URLs with a disallowed scheme', async () => {
      expect((await t.api.get(`${CUSTOM_LINKS}${links.empty}/render/?object_id=${site}`)).body).toEqual({ text: '', url: '' });
      expect((await t.api.get(`${CUSTOM_LINKS}${links.scheme}/render/?object_id=${site}`)).body).toEqual({ text: 'Run', url: '' });
    });

    it('answers 404 for objects or links the user cannot see, 400 for a bad id', async () => {
      expect((await t.api.get(`${CUSTOM_LINKS}${links.site}/render/?object_id=999999`)).status).toBe(404);
      expect((await t.api.get(`${CUSTOM_LINKS}999999/render/?object_id=${site}`)).status).toBe(404);
      expect((await t.api.get(`${CUSTOM_LINKS}${links.site}/render/?object_id=x`)).body).toEqual({ object_id: ['A valid integer is required.'] });
      const user = await t.createUser({ permissions: [{ objectTypes: ['extras.customlink'], actions: ['view'] }] });
      expect((await user.client.get(`${CUSTOM_LINKS}${links.site}/render/?object_id=${site}`)).status).toBe(403);
    });

    it('validates templates, button classes and object types at write time', async () => {
      const res = await t.api.post(CUSTOM_LINKS, { name: 'Bad', object_types: ['dcim.site'], link_text: '{{ x', link_url: '{% endfor %}', button_class: 'neon' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body).sort()).toEqual(['button_class', 'link_text', 'link_url']);
      expect(res.body.button_class).toEqual(['"neon" is not a valid choice.']);
      expect(res.body.link_text[0]).toMatch(/^Invalid template: /);
      const empty = await t.api.post(CUSTOM_LINKS, { name: 'Empty', object_types: [], link_text: 'a', link_url: 'b' });
      expect(empty.body).toEqual({ object_types: ['This list may not be empty.'] });
      // Image attachments have no custom links (NetBox limits the choices to models with the feature).
      const feature = await t.api.post(CUSTOM_LINKS, { name: 'F', object_types: ['extras.imageattachment'], link_text: 'a', link_url: 'b' });
      expect(feature.body).toEqual({ object_types: ['Content type extras.imageattachment not found'] });
    });
  });
});
