/** NetBox's CustomField.clean() and serializer rules on /api/extras/custom-fields/ writes. */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import type { DatabaseSnapshot } from '../../../../core/src/testing/snapshot.js';
import { FIELDS, SETS, cfApp, make } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let snapshot: DatabaseSnapshot;
  let set: number;

  beforeAll(async () => {
    app = await createTestApp({ ...cfApp, database });
    set = (await make(app.api, SETS, { name: 'Colours', extra_choices: [['red', 'Red']] })).id;
    snapshot = await app.snapshot();
  });
  beforeEach(async () => snapshot.restore());
  afterAll(async () => app?.close());

  it('refuses each invalid definition with NetBox\'s message', async () => {
    const base = { object_types: ['dcim.site'] };
    const cases: [Record<string, unknown>, unknown][] = [
      [{ name: 'bad-name', type: 'text' }, { name: ['Only alphanumeric characters and underscores are allowed.'] }],
      [{ name: 'bad__name', type: 'text' }, { name: ['Double underscores are not permitted in custom field names.'] }],
      [{ name: 'x', type: 'text', object_types: ['dcim.nope'] }, { object_types: ['Invalid content type: dcim.nope'] }],
      [{ name: 'x', type: 'text', object_types: ['dcim.cablepath'] }, { object_types: ['Invalid content type: dcim.cablepath'] }],
      [{ name: 'x', type: 'text', object_types: ['site'] }, { object_types: ["Invalid value. Specify a content type as '<app_label>.<model_name>'."] }],
      [{ name: 'x', type: 'text', object_types: 'dcim.site' }, { object_types: ['Expected a list of items but got type "str".'] }],
      [{ name: 'x', type: 'colour' }, { type: ['"colour" is not a valid choice.'] }],
      [{ name: 'x', type: 'text', validation_minimum: 1 }, { validation_minimum: ['A minimum value may be set only for numeric fields'] }],
      [{ name: 'x', type: 'date', validation_maximum: 1 }, { validation_maximum: ['A maximum value may be set only for numeric fields'] }],
      [{ name: 'x', type: 'integer', validation_regex: '^a' }, { validation_regex: ['Regular expression validation is supported only for text and URL fields'] }],
      [{ name: 'x', type: 'text', validation_regex: '(' }, { validation_regex: ['( is not a valid regular expression.'] }],
      [{ name: 'x', type: 'boolean', unique: true }, { unique: ['Uniqueness cannot be enforced for boolean fields'] }],
      [{ name: 'x', type: 'select' }, { choice_set: ['Selection fields must specify a set of choices.'] }],
      [{ name: 'x', type: 'text', choice_set: 'SET' }, { choice_set: ['Choices may be set only on selection fields.'] }],
      [{ name: 'x', type: 'object' }, { related_object_type: ['Object fields must define an object type.'] }],
      [{ name: 'x', type: 'text', related_object_type: 'dcim.site' }, { type: ['Text fields may not define an object type.'] }],
      [{ name: 'x', type: 'object', related_object_type: 'dcim.nope' }, { related_object_type: ['Invalid content type: dcim.nope'] }],
      [{ name: 'x', type: 'text', related_object_filter: { site: 1 } }, { related_object_filter: ['A related object filter can be defined only for object fields.'] }],
      [{ name: 'x', type: 'object', related_object_type: 'dcim.site', related_object_filter: [1] }, { related_object_filter: ['Filter must be defined as a dictionary mapping attributes to values.'] }],
      [{ name: 'x', type: 'integer', default: 'abc' }, { default: ['Invalid default value "abc": Value must be an integer.'] }],
      [{ name: 'x', type: 'select', choice_set: 'SET', default: 'blue' }, { default: ['Invalid default value "blue": Invalid choice (blue) for choice set Colours.'] }],
      [{ name: 'x', type: 'integer', search_weight: -1 }, { search_weight: ['Ensure this value is greater than or equal to 0.'] }],
    ];
    for (const [body, errors] of cases) {
      const sent = { ...base, ...body, ...(body.choice_set === 'SET' ? { choice_set: set } : {}) };
      const res = await app.api.post(FIELDS, sent);
      expect(res.status, JSON.stringify(sent)).toBe(400);
      expect(res.body, JSON.stringify(sent)).toEqual(errors);
    }
    expect((await app.api.get(FIELDS)).body.count).toBe(0);
  });

  it('accepts valid definitions, shows data_type, and refuses type changes and duplicate names', async () => {
    const types: [string, string][] = [
      ['text', 'string'], ['longtext', 'string'], ['integer', 'integer'], ['decimal', 'decimal'], ['boolean', 'boolean'],
      ['date', 'string'], ['datetime', 'string'], ['url', 'string'], ['json', 'object'], ['select', 'string'],
      ['multiselect', 'array'], ['object', 'object'], ['multiobject', 'array'],
    ];
    for (const [type, dataType] of types) {
      const body: Record<string, unknown> = { name: `f_${type}`, type, object_types: ['tenancy.tenant'] };
      if (type.endsWith('select')) body.choice_set = { name: 'Colours' };
      if (type.endsWith('object')) body.related_object_type = 'dcim.site';
      const f = await make(app.api, FIELDS, body);
      expect(f.data_type).toBe(dataType);
      expect(f.type.value).toBe(type);
    }
    const f = await make(app.api, FIELDS, { name: 'site_code', type: 'text', object_types: ['dcim.site'], default: 'ABC', validation_regex: '^[A-Z]+$' });
    expect(f.display).toBe('Site code');
    expect(f.default).toBe('ABC');
    let res = await app.api.patch(`${FIELDS}${f.id}/`, { type: 'integer' });
    expect(res.body).toEqual({ type: ['Changing the type of custom fields is not supported.'] });
    res = await app.api.post(FIELDS, { name: 'site_code', type: 'text', object_types: ['dcim.site'] });
    expect(res.body).toEqual({ name: ['custom field with this name already exists.'] });
    res = await app.api.patch(`${FIELDS}${f.id}/`, { label: 'Code' });
    expect(res.body.display).toBe('Code');
  });
});
