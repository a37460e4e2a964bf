/**
 * `/api/schema/` over HTTP (public even with LOGIN_REQUIRED, JSON or YAML by `?format=` or
 * Accept, cached per process) and `/api/docs/` (Swagger UI served from swagger-ui-dist, no CDN).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { openApiDocument } from '../../src/openapi/routes.js';

describe('/api/schema/ and /api/docs/', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin], config: { loginRequired: true } });
  });
  afterAll(async () => t?.close());

  it('serves the schema to anonymous clients although the API requires login', async () => {
    expect((await t.anonymous.get('/api/plugins/acl/access-lists/')).status).toBe(403);
    const res = await t.anonymous.get('/api/schema/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/api/plugins/acl/access-lists/']).toBeDefined();
    // the path without its trailing slash is the same resource
    expect((await t.anonymous.get('/api/schema')).body).toEqual(res.body);
  });

  it('returns YAML for ?format=yaml and for Accept: application/yaml, equal to the JSON', async () => {
    const json = (await t.api.get('/api/schema/')).body;
    for (const res of [
      await t.api.get('/api/schema/?format=yaml'),
      await t.api.get('/api/schema/', { headers: { accept: 'application/yaml' } }),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/yaml/);
      expect(typeof res.body).toBe('string');
      expect(parse(res.body)).toEqual(json);
    }
    const explicit = await t.api.get('/api/schema/?format=json', { headers: { accept: 'application/yaml' } });
    expect(explicit.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers an unknown format with a 400 naming the parameter', async () => {
    const res = await t.api.get('/api/schema/?format=xml');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ format: ['Unknown format "xml"; use json or yaml.'] });
  });

  it('builds the document once per registry and serves that one', async () => {
    const doc = openApiDocument(t.patchbay.registry);
    expect(openApiDocument(t.patchbay.registry)).toBe(doc);
    expect((await t.api.get('/api/schema/')).body).toEqual(doc);
  });

  it('serves the Swagger UI page pointed at /api/schema/, with assets from the installed package', async () => {
    const page = await t.anonymous.get('/api/docs/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('"/api/schema/"');
    expect(page.body).not.toMatch(/https?:\/\//);
    const scripts = [...(page.body as string).matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    const styles = [...(page.body as string).matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1]!);
    expect(scripts).toContain('/api/docs/static/swagger-ui-bundle.js');
    for (const src of scripts) {
      const res = await t.anonymous.get(src);
      expect(res.status, src).toBe(200);
      expect(res.headers.get('content-type'), src).toMatch(/javascript/);
      expect((res.body as string).length, src).toBeGreaterThan(100_000);
    }
    expect(styles.length).toBeGreaterThan(0);
    for (const href of styles) {
      const res = await t.anonymous.get(href);
      expect(res.status, href).toBe(200);
      expect(res.headers.get('content-type'), href).toMatch(/^text\/css/);
    }
  });

  it('serves only the package’s own asset files', async () => {
    for (const path of ['/api/docs/static/nope.js', '/api/docs/static/package.json', '/api/docs/static/%2e%2e%2fpackage.json'])
      expect((await t.anonymous.get(path)).status, path).toBe(404);
  });
});
