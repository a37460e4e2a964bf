import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { aclPlugin } from '@patchbay/example-plugin-acl';

/** Object types: one per registered model, served where NetBox 4.2 serves them (/api/extras/). */
describe('/api/extras/object-types/', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin] });
  });
  afterAll(async () => t?.close());

  it('lists every registered model with its features', async () => {
    const res = await t.api.get('/api/extras/object-types/?limit=0');
    expect(res.status).toBe(200);
    const labels = res.body.results.map((o: { app_label: string; model: string }) => `${o.app_label}.${o.model}`);
    expect(labels).toEqual(expect.arrayContaining(['acl.accesslist', 'acl.accesslistrule', 'core.objectchange', 'users.user', 'users.token']));
    expect(res.body.count).toBe(t.patchbay.registry.models.size);
    const acl = res.body.results.find((o: { model: string }) => o.model === 'accesslist');
    expect(acl).toMatchObject({ display: 'acl | accesslist', app_label: 'acl', model: 'accesslist', public: true });
    expect(acl.features).toEqual(expect.arrayContaining(['change_logging', 'custom_fields', 'tags', 'event_rules']));
    expect(acl.url).toBe(`${t.baseUrl}/api/extras/object-types/${acl.id}/`);
  });

  it('filters by app_label and model and is read-only', async () => {
    const res = await t.api.get('/api/extras/object-types/?app_label=acl&model=accesslistrule');
    expect(res.body.count).toBe(1);
    expect((await t.api.post('/api/extras/object-types/', { app_label: 'x', model: 'y' })).status).toBe(405);
    expect((await t.api.get('/api/extras/')).body).toEqual({ 'object-types': `${t.baseUrl}/api/extras/object-types/` });
  });
});
