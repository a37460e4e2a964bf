/**
 * Config template rendering: POST /config-templates/{id}/render/ (body as context) and the
 * devices' and VMs' render-config (template resolution device → role → platform, config context,
 * body and the object itself as context), JSON and text answers, syntax errors refused at write
 * time, render errors as NetBox's 500, and the permissions a POST needs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { DEVICES, TEMPLATES, VMS, configApp, context, device, make, world, type World } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let w: World;
  let snapshot: Awaited<ReturnType<TestApp['snapshot']>>;
  beforeAll(async () => {
    app = await createTestApp({ ...configApp, database });
    w = await world(app);
    snapshot = await app.snapshot();
  });
  beforeEach(async () => snapshot.restore());
  afterAll(async () => app?.close());

  const template = (name: string, template_code: string, extra: Record<string, unknown> = {}) =>
    make(app.api, TEMPLATES, { name, template_code, ...extra });

  describe('config-templates/{id}/render/', () => {
    it('renders with the request body and answers the brief template with the content', async () => {
      const t = await template('Banner', 'hello {{ who }}{% for p in ports %} {{ p }}{% endfor %}\r\n', { description: 'banner' });
      const res = await app.api.post(`${TEMPLATES}${t.id}/render/`, { who: 'world', ports: [1, 2] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({
        configtemplate: { id: t.id, url: `${app.baseUrl}${TEMPLATES}${t.id}/`, display: 'Banner', name: 'Banner', description: 'banner' },
        content: 'hello world 1 2',
      });
    });

    it('answers plain text with ?format=txt or Accept: text/plain', async () => {
      const t = await template('Text', 'a={{ a }}\r\nb={{ b }}', { environment_params: { keep_trailing_newline: true } });
      const viaFormat = await app.api.post(`${TEMPLATES}${t.id}/render/?format=txt`, { a: 1, b: 2 });
      expect(viaFormat.status).toBe(200);
      expect(viaFormat.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(viaFormat.body).toBe('a=1\nb=2');
      const viaAccept = await app.api.post(`${TEMPLATES}${t.id}/render/`, { a: 'x' }, { headers: { accept: 'text/plain' } });
      expect(viaAccept.status).toBe(200);
      expect(viaAccept.body).toBe('a=x\nb=');
      expect((await app.api.post(`${TEMPLATES}${t.id}/render/?format=xml`, {})).status).toBe(404);
    });

    it('applies the environment parameters', async () => {
      const code = '{% for i in items %}\n  {{ i }}\n{% endfor %}\n';
      const plain = await template('Plain', code);
      const trimmed = await template('Trimmed', code, { environment_params: { trim_blocks: true, lstrip_blocks: true } });
      const body = { items: ['a', 'b'] };
      expect((await app.api.post(`${TEMPLATES}${plain.id}/render/?format=txt`, body)).body).toBe('\n  a\n\n  b\n');
      expect((await app.api.post(`${TEMPLATES}${trimmed.id}/render/?format=txt`, body)).body).toBe('  a\n  b\n');
    });

    it('refuses template syntax errors and non-dict environment parameters at write time', async () => {
      const bad = await app.api.post(TEMPLATES, { name: 'Bad', template_code: '{% for x in %}' });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body)).toEqual(['template_code']);
      expect(bad.body.template_code[0]).toMatch(/^Template syntax error: /);
      const t = await template('Good', '{{ a }}');
      const patch = await app.api.patch(`${TEMPLATES}${t.id}/`, { template_code: '{{ a ' });
      expect(patch.status).toBe(400);
      expect(patch.body.template_code[0]).toMatch(/^Template syntax error: /);
      const params = await app.api.post(TEMPLATES, { name: 'Params', template_code: 'x', environment_params: [1] });
      expect(params.status).toBe(400);
      expect(params.body).toEqual({ environment_params: ['Environment parameters must be a JSON object.'] });
      const required = await app.api.post(TEMPLATES, { name: 'Empty' });
      expect(required.body).toEqual({ template_code: ['This field is required.'] });
    });

    it('answers a failed render as NetBox does: 500 with the line and the error', async () => {
      const t = await template('Broken', '{{ missing() }}');
      const res = await app.api.post(`${TEMPLATES}${t.id}/render/`, {});
      expect(res.status).toBe(500);
      expect(Object.keys(res.body)).toEqual(['detail']);
      // nunjucks does not always know the line (NetBox prints Jinja's lineno, None when unknown).
      expect(res.body.detail).toMatch(/^An error occurred while rendering the template \(line (\d+|None)\): Unable to call `missing`, which is undefined or falsey$/);
    });

    it('refuses a body that is not a dict, and unknown templates', async () => {
      const t = await template('T', 'x');
      const res = await app.api.post(`${TEMPLATES}${t.id}/render/`, [1, 2]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
      expect((await app.api.post(`${TEMPLATES}999999/render/`, {})).status).toBe(404);
    });

    it('needs the add permission on config templates, and the template visible', async () => {
      const t = await template('T', 'x');
      const viewer = await app.createUser({ permissions: [{ objectTypes: ['extras.configtemplate'], actions: ['view'] }] });
      expect((await viewer.client.post(`${TEMPLATES}${t.id}/render/`, {})).status).toBe(403);
      const adder = await app.createUser({ permissions: [{ objectTypes: ['extras.configtemplate'], actions: ['add'] }] });
      expect((await adder.client.post(`${TEMPLATES}${t.id}/render/`, {})).status).toBe(403);
      const elsewhere = await app.createUser({ permissions: [
        { objectTypes: ['extras.configtemplate'], actions: ['view'], constraints: { name: 'other' } },
        { objectTypes: ['extras.configtemplate'], actions: ['add'] },
      ] });
      expect((await elsewhere.client.post(`${TEMPLATES}${t.id}/render/`, {})).status).toBe(404);
      const both = await app.createUser({ permissions: [{ objectTypes: ['extras.configtemplate'], actions: ['view', 'add'] }] });
      expect((await both.client.post(`${TEMPLATES}${t.id}/render/?format=txt`, {})).body).toBe('x');
      expect((await app.anonymous.post(`${TEMPLATES}${t.id}/render/`, {})).status).toBe(403);
    });
  });

  describe('render-config', () => {
    const CODE = 'hostname {{ device.name }}\nsite {{ device.site.name }}\nntp {{ ntp.server }}\nextra {{ extra }}';

    it('renders the device own template with its config context, the body and the device', async () => {
      const t = await template('Device', CODE);
      await context(app.api, 'NTP', { ntp: { server: '10.0.0.1' }, extra: 'from-context' }, { sites: [w.sites[0]] });
      const d = await device(app.api, w, 'edge-1', { config_template: t.id, local_context_data: { ntp: { server: '10.9.9.9' } } });
      const res = await app.api.post(`${DEVICES}${d.id}/render-config/`, { extra: 'from-body' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.configtemplate).toEqual({ id: t.id, url: `${app.baseUrl}${TEMPLATES}${t.id}/`, display: 'Device', name: 'Device', description: '' });
      expect(res.body.content).toBe('hostname edge-1\nsite Paris\nntp 10.9.9.9\nextra from-body');
      const text = await app.api.post(`${DEVICES}${d.id}/render-config/?format=txt`, {});
      expect(text.body).toBe('hostname edge-1\nsite Paris\nntp 10.9.9.9\nextra from-context');
    });

    it("falls back to the role's, then the platform's template; none is a 400", async () => {
      const byRole = await template('Role', 'role {{ device.role.slug }}');
      const byPlatform = await template('Platform', 'platform {{ device.platform.slug }}');
      const d = await device(app.api, w, 'edge-2');
      const url = `${DEVICES}${d.id}/render-config/?format=txt`;
      const none = await app.api.post(url, {});
      expect(none.status).toBe(400);
      expect(none.body).toEqual({ error: 'No config template found for this device.' });
      await app.api.patch(`/api/dcim/platforms/${w.platforms[0]}/`, { config_template: byPlatform.id });
      expect((await app.api.post(url, {})).body).toBe('platform platform-1');
      await app.api.patch(`/api/dcim/device-roles/${w.roles[0]}/`, { config_template: byRole.id });
      expect((await app.api.post(url, {})).body).toBe('role role-1');
    });

    it('renders a virtual machine under `virtualmachine`', async () => {
      const t = await template('VM', '{{ virtualmachine.name }} in {{ virtualmachine.cluster.name }}: {{ dns }}');
      await context(app.api, 'DNS', { dns: '1.1.1.1' }, { clusters: [w.clusters[0]] });
      const vm = await make(app.api, VMS, { name: 'vm-1', cluster: w.clusters[0], config_template: t.id });
      const res = await app.api.post(`${VMS}${vm.id}/render-config/?format=txt`, {});
      expect(res.status, String(res.body)).toBe(200);
      expect(res.body).toBe('vm-1 in Cluster 1: 1.1.1.1');
      const bare = await make(app.api, VMS, { name: 'vm-2', cluster: w.clusters[0] });
      expect((await app.api.post(`${VMS}${bare.id}/render-config/`, {})).body).toEqual({ error: 'No config template found for this virtualmachine.' });
    });

    it('needs the add permission on the object type and the object visible', async () => {
      const t = await template('Device', 'x');
      const d = await device(app.api, w, 'edge-3', { config_template: t.id });
      const viewer = await app.createUser({ permissions: [{ objectTypes: ['dcim.device'], actions: ['view'] }] });
      expect((await viewer.client.post(`${DEVICES}${d.id}/render-config/`, {})).status).toBe(403);
      const both = await app.createUser({ permissions: [{ objectTypes: ['dcim.device'], actions: ['view', 'add'] }] });
      expect((await both.client.post(`${DEVICES}${d.id}/render-config/?format=txt`, {})).body).toBe('x');
      expect((await app.api.post(`${DEVICES}999999/render-config/`, {})).status).toBe(404);
    });
  });

  it('describes the render endpoints in the OpenAPI document', async () => {
    const paths = (await app.api.get('/api/schema/?format=json')).body.paths;
    // NetBox's operation ids.
    expect(paths['/api/extras/config-templates/{id}/render/'].post.operationId).toBe('extras_config_templates_render_create');
    expect(paths['/api/dcim/devices/{id}/render-config/'].post.operationId).toBe('dcim_devices_render_config_create');
    expect(paths['/api/virtualization/virtual-machines/{id}/render-config/'].post.operationId).toBe('virtualization_virtual_machines_render_config_create');
  });

  describe('config_template on other models', () => {
    it('shows config_template in NetBox key order on devices, roles, platforms and VMs, and filters by it', async () => {
      const t = await template('T', 'x');
      const other = await template('Other', 'y');
      const d = await device(app.api, w, 'edge-4', { config_template: t.id });
      await device(app.api, w, 'edge-5', { config_template: other.id });
      const vm = await make(app.api, VMS, { name: 'vm-3', cluster: w.clusters[0], config_template: t.id });
      await app.api.patch(`/api/dcim/device-roles/${w.roles[0]}/`, { config_template: t.id });
      await app.api.patch(`/api/dcim/platforms/${w.platforms[1]}/`, { config_template: t.id });
      const brief = { id: t.id, url: `${app.baseUrl}${TEMPLATES}${t.id}/`, display: 'T', name: 'T', description: '' };
      const dev = (await app.api.get(`${DEVICES}${d.id}/`)).body;
      expect(dev.config_template).toEqual(brief);
      const keys = Object.keys(dev);
      expect(keys.slice(keys.indexOf('comments'), keys.indexOf('comments') + 4)).toEqual(['comments', 'config_template', 'config_context', 'local_context_data']);
      const vmKeys = Object.keys((await app.api.get(`${VMS}${vm.id}/`)).body);
      expect(vmKeys.slice(vmKeys.indexOf('comments'), vmKeys.indexOf('comments') + 3)).toEqual(['comments', 'config_template', 'local_context_data']);
      const role = (await app.api.get(`/api/dcim/device-roles/${w.roles[0]}/`)).body;
      expect(Object.keys(role).slice(Object.keys(role).indexOf('vm_role'), Object.keys(role).indexOf('vm_role') + 2)).toEqual(['vm_role', 'config_template']);
      const platform = (await app.api.get(`/api/dcim/platforms/${w.platforms[1]}/`)).body;
      expect(Object.keys(platform).slice(Object.keys(platform).indexOf('manufacturer'), Object.keys(platform).indexOf('manufacturer') + 2)).toEqual(['manufacturer', 'config_template']);
      expect(platform.config_template).toEqual(brief);
      expect((await app.api.get(`${DEVICES}?config_template_id=${t.id}`)).body.count).toBe(1);
      expect((await app.api.get(`${DEVICES}?config_template_id=${t.id}&config_template_id=${other.id}`)).body.count).toBe(2);
      expect((await app.api.get(`${VMS}?config_template_id=${t.id}`)).body.count).toBe(1);
      expect((await app.api.get(`/api/dcim/device-roles/?config_template_id=${t.id}`)).body.count).toBe(1);
      expect((await app.api.get(`/api/dcim/platforms/?config_template_id=${t.id}`)).body.count).toBe(1);
    });

    it('clears config_template when the template is deleted', async () => {
      const t = await template('T', 'x');
      const d = await device(app.api, w, 'edge-6', { config_template: t.id });
      expect((await app.api.delete(`${TEMPLATES}${t.id}/`)).status).toBe(204);
      expect((await app.api.get(`${DEVICES}${d.id}/`)).body.config_template).toBeNull();
    });
  });
});
