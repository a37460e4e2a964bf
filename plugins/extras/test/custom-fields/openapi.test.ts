/** /api/schema/ describes the custom-field endpoints, the choices action and the custom_fields value of models. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { cfApp } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  beforeAll(async () => { app = await createTestApp({ ...cfApp, database }); });
  afterAll(async () => app?.close());

  it('documents the endpoints and the custom_fields read and write forms', async () => {
    const res = await app.api.get('/api/schema/');
    expect(res.status).toBe(200);
    const doc = res.body;
    for (const path of ['/api/extras/custom-fields/', '/api/extras/custom-fields/{id}/', '/api/extras/custom-field-choice-sets/', '/api/extras/custom-field-choice-sets/{id}/choices/'])
      expect(doc.paths[path], path).toBeDefined();
    const cf = doc.components.schemas.CustomField.properties;
    expect(Object.keys(cf)).toEqual([
      'id', 'url', 'display_url', 'display', 'object_types', 'type', 'related_object_type', 'data_type',
      'name', 'label', 'group_name', 'description', 'required', 'unique', 'search_weight', 'filter_logic',
      'ui_visible', 'ui_editable', 'is_cloneable', 'default', 'related_object_filter', 'weight',
      'validation_minimum', 'validation_maximum', 'validation_regex', 'choice_set', 'comments',
      'created', 'last_updated',
    ]);
    expect(cf.object_types).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(doc.components.schemas.Site.properties.custom_fields).toMatchObject({ type: 'object' });
    expect(doc.components.schemas.AccessList.properties.custom_fields).toMatchObject({ type: 'object' });
  });

  it('lists the type choices in OPTIONS', async () => {
    const res = await app.api.options('/api/extras/custom-fields/');
    expect(res.status).toBe(200);
    const type = res.body.actions.POST.type;
    expect(type.choices).toContainEqual({ value: 'multiobject', display_name: 'Multiple objects' });
  });
});
