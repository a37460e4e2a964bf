/**
 * Custom field values on models of three plugins (a tenancy tenant, a dcim site, the example ACL
 * plugin's access list): every type written and rendered, each validation message, unknown names,
 * defaults on create, required and unique fields, PATCH merging, object references by attributes
 * and the change log carrying the values.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import type { DatabaseSnapshot } from '../../../../core/src/testing/snapshot.js';
import { ACLS, FIELDS, SETS, SITES, TENANTS, cfApp, make } from './fixtures.js';

/** Each model under test: its label, list URL and a valid body for a new object (`n` makes it unique). */
const MODELS = [
  { label: 'tenancy.tenant', path: TENANTS, body: (n: string) => ({ name: `Tenant ${n}`, slug: `tenant-${n}` }) },
  { label: 'dcim.site', path: SITES, body: (n: string) => ({ name: `Site ${n}`, slug: `site-${n}` }) },
  { label: 'acl.accesslist', path: ACLS, body: (n: string) => ({ name: `acl-${n}`, type: 'standard' }) },
];
const LABELS = MODELS.map((m) => m.label);

eachDatabase((database) => {
  let app: TestApp;
  let snapshot: DatabaseSnapshot;
  let sites: any[];

  beforeAll(async () => {
    app = await createTestApp({ ...cfApp, database });
    const colours = (await make(app.api, SETS, { name: 'Colours', extra_choices: [['red', 'Red'], ['green', 'Green'], ['blue', 'Blue']] })).id;
    sites = [];
    for (const n of ['ref-a', 'ref-b', 'ref-c']) sites.push(await make(app.api, SITES, { name: `Ref ${n}`, slug: n }));
    const fields = [
      { name: 'f_text', type: 'text', validation_regex: '^[A-Z]' },
      { name: 'f_long', type: 'longtext' },
      { name: 'f_int', type: 'integer', validation_minimum: 1, validation_maximum: 100 },
      { name: 'f_dec', type: 'decimal', validation_minimum: 0, validation_maximum: 10 },
      { name: 'f_bool', type: 'boolean' },
      { name: 'f_date', type: 'date' },
      { name: 'f_dt', type: 'datetime' },
      { name: 'f_url', type: 'url' },
      { name: 'f_json', type: 'json' },
      { name: 'f_sel', type: 'select', choice_set: colours },
      { name: 'f_msel', type: 'multiselect', choice_set: colours },
      { name: 'f_obj', type: 'object', related_object_type: 'dcim.site' },
      { name: 'f_mobj', type: 'multiobject', related_object_type: 'dcim.site' },
    ];
    for (const f of fields) await make(app.api, FIELDS, { ...f, object_types: LABELS });
    snapshot = await app.snapshot();
  });
  beforeEach(async () => snapshot.restore());
  afterAll(async () => app?.close());

  const brief = (s: any) => ({ id: s.id, url: s.url, display: s.display, name: s.name, slug: s.slug, description: s.description });

  describe.each(MODELS)('on $label', (m) => {
    it('writes a value of every type and renders all fields (unset ones as null, objects as brief forms)', async () => {
      const values = {
        f_text: 'Hello', f_long: 'line one\nline two', f_int: 42, f_dec: 2.5, f_bool: true, f_date: '2026-01-31',
        f_dt: '2026-01-31T10:20:30Z', f_url: 'https://example.com/x', f_json: { a: [1, 2] }, f_sel: 'green',
        f_msel: ['red', 'blue'], f_obj: sites[0].id, f_mobj: [sites[1].id, { slug: 'ref-c' }],
      };
      const created = await make(app.api, m.path, { ...m.body('1'), custom_fields: values });
      const expected = { ...values, f_obj: brief(sites[0]), f_mobj: [brief(sites[1]), brief(sites[2])] };
      expect(created.custom_fields).toEqual(expected);
      expect(Object.keys(created.custom_fields)).toEqual([
        'f_bool', 'f_date', 'f_dec', 'f_dt', 'f_int', 'f_json', 'f_long', 'f_mobj', 'f_msel', 'f_obj', 'f_sel', 'f_text', 'f_url',
      ]);
      const again = await app.api.get(`${m.path}${created.id}/`);
      expect(again.body.custom_fields).toEqual(expected);
      // Stored as NetBox stores them: object references as ids.
      const row = await app.knex(m.label === 'tenancy.tenant' ? 'tenancy_tenant' : m.label === 'dcim.site' ? 'dcim_site' : 'netbox_acls_accesslist').where('id', created.id).first();
      expect(row.custom_field_data).toMatchObject({ f_obj: sites[0].id, f_mobj: [sites[1].id, sites[2].id], f_int: 42 });

      const bare = await make(app.api, m.path, m.body('2'));
      expect(Object.values(bare.custom_fields).every((v) => v === null)).toBe(true);
      expect(Object.keys(bare.custom_fields)).toHaveLength(13);
    });

    it('merges a PATCH into the stored values and clears a value with null', async () => {
      const obj = await make(app.api, m.path, { ...m.body('1'), custom_fields: { f_text: 'Keep', f_int: 5 } });
      const res = await app.api.patch(`${m.path}${obj.id}/`, { custom_fields: { f_int: null, f_bool: false } });
      expect(res.status).toBe(200);
      expect(res.body.custom_fields).toMatchObject({ f_text: 'Keep', f_int: null, f_bool: false });
      const other = await app.api.patch(`${m.path}${obj.id}/`, { description: 'no custom fields given' });
      expect(other.body.custom_fields).toMatchObject({ f_text: 'Keep', f_bool: false });
    });

    it('refuses unknown names and a value that is not a dictionary', async () => {
      let res = await app.api.post(m.path, { ...m.body('1'), custom_fields: { nope: 1, f_int: 3 } });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ custom_fields: ["Unknown field name 'nope' in custom field data."] });
      res = await app.api.post(m.path, { ...m.body('1'), custom_fields: ['f_int'] });
      expect(res.body).toEqual({ custom_fields: ['Invalid data format. Custom field data must be passed as a dictionary mapping field names to their values.'] });
    });
  });

  // Each refused value with NetBox's message (CustomField.validate()), on every model.
  const invalid: [string, unknown, string][] = [
    ['f_text', 5, 'Value must be a string.'],
    ['f_text', 'lower', "Value must match regex '^[A-Z]'"],
    ['f_long', ['x'], 'Value must be a string.'],
    ['f_int', 'seven', 'Value must be an integer.'],
    ['f_int', 1.5, 'Value must be an integer.'],
    ['f_int', true, 'Value must be an integer.'],
    ['f_int', 0, 'Value must be at least 1'],
    ['f_int', 101, 'Value must not exceed 100'],
    ['f_dec', 'abc', 'Value must be a decimal.'],
    ['f_dec', 10.5, 'Value must not exceed 10'],
    ['f_dec', -1, 'Value must be at least 0'],
    ['f_bool', 'yes', 'Value must be true or false.'],
    ['f_date', '2026-02-30', 'Date values must be in ISO 8601 format (YYYY-MM-DD).'],
    ['f_date', '31/01/2026', 'Date values must be in ISO 8601 format (YYYY-MM-DD).'],
    ['f_dt', 'yesterday', 'Date and time values must be in ISO 8601 format (YYYY-MM-DD HH:MM:SS).'],
    ['f_url', 12, 'Value must be a string.'],
    ['f_sel', 'purple', 'Invalid choice (purple) for choice set Colours.'],
    ['f_msel', ['red', 'purple'], "Invalid choice(s) (['red', 'purple']) for choice set Colours."],
  ];
  it.each(MODELS)('refuses each invalid value on $label with NetBox\'s message', async (m) => {
    for (const [name, value, message] of invalid) {
      const res = await app.api.post(m.path, { ...m.body('bad'), custom_fields: { [name]: value } });
      expect(res.status, `${name}=${JSON.stringify(value)}`).toBe(400);
      expect(res.body).toEqual({ custom_fields: [`Invalid value for custom field '${name}': ${message}`] });
    }
    expect((await app.api.get(`${m.path}?${m.label === 'acl.accesslist' ? 'name' : 'slug'}=${m.label === 'acl.accesslist' ? 'acl-bad' : `${m.label.split('.')[1]}-bad`}`)).body.count).toBe(0);
  });

  it('refuses unknown related objects for object and multi-object fields', async () => {
    const cases: [string, unknown, string][] = [
      ['f_obj', 999999, 'Unknown related object(s): 999999'],
      ['f_obj', { slug: 'nope' }, "Unknown related object(s): {'slug': 'nope'}"],
      ['f_obj', 'x', 'Unknown related object(s): x'],
      ['f_mobj', [sites[0].id, 999999], `Unknown related object(s): [${sites[0].id}, 999999]`],
      ['f_mobj', sites[0].id, `Unknown related object(s): ${sites[0].id}`],
    ];
    for (const [name, value, message] of cases) {
      const res = await app.api.post(TENANTS, { name: 'T', slug: 't', custom_fields: { [name]: value } });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ custom_fields: [message] });
    }
  });

  it('applies defaults on create, also when custom_fields is given without them', async () => {
    await make(app.api, FIELDS, { name: 'f_region', type: 'text', object_types: LABELS, default: 'EMEA' });
    for (const m of MODELS) {
      const bare = await make(app.api, m.path, m.body('d1'));
      expect(bare.custom_fields.f_region).toBe('EMEA');
      const given = await make(app.api, m.path, { ...m.body('d2'), custom_fields: { f_int: 7 } });
      expect(given.custom_fields).toMatchObject({ f_region: 'EMEA', f_int: 7 });
      const overridden = await make(app.api, m.path, { ...m.body('d3'), custom_fields: { f_region: 'APAC' } });
      expect(overridden.custom_fields.f_region).toBe('APAC');
    }
  });

  it('enforces required fields with NetBox\'s two messages', async () => {
    await make(app.api, FIELDS, { name: 'f_owner', type: 'text', object_types: LABELS, required: true });
    for (const m of MODELS) {
      let res = await app.api.post(m.path, m.body('r1'));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ custom_fields: ["Invalid value for custom field 'f_owner': Required field cannot be empty."] });
      res = await app.api.post(m.path, { ...m.body('r1'), custom_fields: { f_int: 3 } });
      expect(res.body).toEqual({ custom_fields: ["Missing required custom field 'f_owner'."] });
      const ok = await make(app.api, m.path, { ...m.body('r1'), custom_fields: { f_owner: 'noc' } });
      res = await app.api.patch(`${m.path}${ok.id}/`, { custom_fields: { f_owner: '' } });
      expect(res.body).toEqual({ custom_fields: ["Invalid value for custom field 'f_owner': Required field cannot be empty."] });
    }
  });

  it('re-validates stored values on every edit, as NetBox\'s clean() does', async () => {
    const tenant = await make(app.api, TENANTS, { name: 'Before', slug: 'before' });
    // A required field added later without a default leaves existing objects with a null value.
    await make(app.api, FIELDS, { name: 'f_later', type: 'text', object_types: ['tenancy.tenant'], required: true });
    let res = await app.api.patch(`${TENANTS}${tenant.id}/`, { description: 'edited' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ custom_fields: ["Invalid value for custom field 'f_later': Required field cannot be empty."] });
    res = await app.api.put(`${TENANTS}${tenant.id}/`, { name: 'Before', slug: 'before' });
    expect(res.status).toBe(400);
    res = await app.api.patch(`${TENANTS}${tenant.id}/`, { description: 'edited', custom_fields: { f_later: 'set' } });
    expect(res.status).toBe(200);
    res = await app.api.patch(`${TENANTS}${tenant.id}/`, { description: 'edited again' });
    expect(res.status).toBe(200);
    expect(res.body.custom_fields.f_later).toBe('set');
  });

  it('enforces unique values per model, not across models', async () => {
    await make(app.api, FIELDS, { name: 'f_asset', type: 'text', object_types: LABELS, unique: true });
    for (const m of MODELS) {
      const first = await make(app.api, m.path, { ...m.body('u1'), custom_fields: { f_asset: 'A-1' } });
      const res = await app.api.post(m.path, { ...m.body('u2'), custom_fields: { f_asset: 'A-1' } });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ custom_fields: ["Custom field 'f_asset' must have a unique value."] });
      // An object may keep its own value; empty values never collide.
      expect((await app.api.patch(`${m.path}${first.id}/`, { custom_fields: { f_asset: 'A-1' } })).status).toBe(200);
      await make(app.api, m.path, { ...m.body('u3'), custom_fields: { f_asset: null } });
      await make(app.api, m.path, { ...m.body('u4'), custom_fields: { f_asset: null } });
    }
  });

  it('records the values in the change log', async () => {
    const res = await app.api.post(TENANTS, { name: 'Logged', slug: 'logged', custom_fields: { f_int: 9, f_obj: sites[0].id } });
    expect(res.status).toBe(201);
    const changes = await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}`);
    expect(changes.body.results[0].postchange_data.custom_fields).toMatchObject({ f_int: 9, f_obj: { id: sites[0].id, name: sites[0].name } });
  });
});
