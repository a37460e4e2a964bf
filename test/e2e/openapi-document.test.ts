/**
 * The OpenAPI document of a full installation (every built-in plugin) is a valid OpenAPI 3.1
 * document: every $ref resolves and no operation repeats a parameter. Core's own test checks the
 * generator with one plugin; this one catches what plugins' schemas and routes add.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileErrors, validate } from '@readme/openapi-parser';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { circuitsPlugin } from '@patchbay/plugin-circuits';
import { virtualizationPlugin } from '@patchbay/plugin-virtualization';
import { extrasPlugin } from '@patchbay/plugin-extras';

describe('the OpenAPI document with every built-in plugin', () => {
  let app: TestApp;
  let doc: { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };

  beforeAll(async () => {
    app = await createTestApp({ plugins: [tenancyPlugin, dcimPlugin, ipamPlugin, circuitsPlugin, virtualizationPlugin, extrasPlugin] });
    const res = await app.api.get('/api/schema/?format=json');
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(async () => app?.close());

  it('passes an OpenAPI 3.1 validator', async () => {
    // validate() dereferences in place, so it gets a copy.
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? 'valid' : compileErrors(result)).toBe('valid');
  });

  it('never lists a query parameter twice on one operation', () => {
    const repeated: string[] = [];
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const seen = new Set<string>();
        for (const p of op.parameters ?? []) {
          const key = `${p.in}:${p.name}`;
          if (seen.has(key)) repeated.push(`${method.toUpperCase()} ${path} ${key}`);
          seen.add(key);
        }
      }
    expect(repeated).toEqual([]);
  });
});
