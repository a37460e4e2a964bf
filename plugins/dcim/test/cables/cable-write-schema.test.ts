/** A cable's ends are written through the body (cableHooks parses them), so the request schemas and OPTIONS list them as NetBox does. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { CABLES, dcimApp } from './fixtures.js';

/** NetBox 4.2's GenericObjectRequest, one item of `a_terminations` / `b_terminations` on write. */
const GENERIC_OBJECT_REQUEST = {
  type: 'object',
  properties: { object_type: { type: 'string' }, object_id: { type: 'integer' } },
  required: ['object_id', 'object_type'],
};

describe('cable ends in the request schemas and OPTIONS', () => {
  let app: TestApp;
  beforeAll(async () => { app = await createTestApp(dcimApp); }, 600_000);
  afterAll(async () => app?.close());

  it('lists a_terminations and b_terminations (lists of GenericObjectRequest) in every request schema, not required', async () => {
    const schemas = (await app.api.get('/api/schema/?format=json')).body.components.schemas;
    for (const name of ['WritableCableRequest', 'PatchedCableRequest', 'CableRequest']) {
      const props = Object.keys(schemas[name].properties);
      expect(props.slice(props.indexOf('type'), props.indexOf('type') + 4), name).toEqual(['type', 'a_terminations', 'b_terminations', 'status']);
      for (const end of ['a_terminations', 'b_terminations']) {
        expect(schemas[name].properties[end], `${name}.${end}`).toMatchObject({ type: 'array', items: GENERIC_OBJECT_REQUEST });
        expect(schemas[name].required ?? []).not.toContain(end);
      }
    }
    // The response keeps its read form (with the object), read-only.
    expect(schemas.Cable.properties.a_terminations).toMatchObject({ type: 'array', readOnly: true, items: { required: ['object_type', 'object_id', 'object'] } });
    // Other loaded (read-only) fields stay out of the request forms.
    expect(Object.keys(schemas.WritableInterfaceRequest.properties)).not.toContain('link_peers');
  });

  it('lists them as writable in OPTIONS (actions.POST)', async () => {
    const post = (await app.api.options(CABLES)).body.actions.POST;
    const keys = Object.keys(post);
    expect(keys.slice(keys.indexOf('type'), keys.indexOf('type') + 4)).toEqual(['type', 'a_terminations', 'b_terminations', 'status']);
    expect(post.a_terminations).toEqual({ type: 'field', required: false, read_only: false, label: 'A terminations' });
    expect(post.b_terminations).toEqual({ type: 'field', required: false, read_only: false, label: 'B terminations' });
  });
});
