import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { toyTagsPlugin } from './toy-tags-plugin.js';

describe('core defaults for tags and custom fields (no plugin provides them)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin] });
  });
  afterAll(async () => t?.close());

  it('renders tags as [] and custom_fields as {}', async () => {
    const res = await t.api.post('/api/plugins/acl/access-lists/', { name: 'a', type: 'standard', tags: [], custom_fields: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.tags).toEqual([]);
    expect(res.body.custom_fields).toEqual({});
  });

  it('rejects tags and unknown custom fields with per-field errors, writing nothing', async () => {
    const res = await t.api.post('/api/plugins/acl/access-lists/', { name: 'b', type: 'standard', tags: [{ name: 'x' }], custom_fields: { site_code: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      tags: ['Tags are not available: no plugin provides them.'],
      custom_fields: ["Unknown field name 'site_code' in custom field data."],
    });
    expect((await t.api.get('/api/plugins/acl/access-lists/?name=b')).body.count).toBe(0);
  });

  it('has no tag filter', async () => {
    const res = await t.api.get('/api/plugins/acl/access-lists/?tag=x');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ tag: ['Unknown filter.'] });
  });
});

describe('a plugin filling the tags extension point', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin, toyTagsPlugin] });
    await t.knex('toy_tag').insert([{ name: 'Core', slug: 'core' }, { name: 'Edge', slug: 'edge' }]);
  });
  afterAll(async () => t?.close());

  it('writes, renders and filters tags on another plugin\'s model', async () => {
    const a = await t.api.post('/api/plugins/acl/access-lists/', { name: 'a', type: 'standard', tags: [{ slug: 'core' }, { slug: 'edge' }] });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body.tags.map((g: { slug: string }) => g.slug)).toEqual(['core', 'edge']);
    const b = await t.api.post('/api/plugins/acl/access-lists/', { name: 'b', type: 'standard', tags: [{ name: 'Edge' }] });
    await t.api.post('/api/plugins/acl/access-lists/', { name: 'c', type: 'standard' });
    const names = async (q: string) => (await t.api.get(`/api/plugins/acl/access-lists/?${q}`)).body.results.map((r: { name: string }) => r.name);
    expect(await names('tag=edge')).toEqual(['a', 'b']);
    expect(await names('tag=edge&tag=core')).toEqual(['a']);
    expect(await names('tag__n=core')).toEqual(['b', 'c']);
    const patched = await t.api.patch(`/api/plugins/acl/access-lists/${b.body.id}/`, { tags: [] });
    expect(patched.body.tags).toEqual([]);
    const bad = await t.api.patch(`/api/plugins/acl/access-lists/${b.body.id}/`, { tags: [{ slug: 'nope' }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ tags: ['Tag not found: {"slug":"nope"}'] });
  });

  it('loads tags for a whole page in one query', async () => {
    for (let i = 0; i < 5; i++) await t.api.post('/api/plugins/acl/access-lists/', { name: `bulk${i}`, type: 'extended', tags: [1] });
    t.queries.reset();
    await t.api.get('/api/plugins/acl/access-lists/?limit=1');
    const one = t.queries.total;
    t.queries.reset();
    await t.api.get('/api/plugins/acl/access-lists/?limit=100');
    expect(t.queries.total).toBe(one);
  });
});
