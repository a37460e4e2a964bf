/**
 * What a custom field's own writes do to the objects' data (NetBox's extras/signals.py): a new
 * field is backfilled with its default, a deleted one removed, a renamed one moved, object types
 * added and removed; and the choice-set rules that protect stored values.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import type { DatabaseSnapshot } from '../../../../core/src/testing/snapshot.js';
import { ACLS, FIELDS, SETS, SITES, TENANTS, cfApp, make } from './fixtures.js';

const TABLES: Record<string, string> = { 'tenancy.tenant': 'tenancy_tenant', 'dcim.site': 'dcim_site', 'acl.accesslist': 'netbox_acls_accesslist' };

eachDatabase((database) => {
  let app: TestApp;
  let snapshot: DatabaseSnapshot;

  beforeAll(async () => {
    app = await createTestApp({ ...cfApp, database });
    for (const i of [1, 2]) {
      await make(app.api, TENANTS, { name: `Tenant ${i}`, slug: `tenant-${i}` });
      await make(app.api, SITES, { name: `Site ${i}`, slug: `site-${i}` });
      await make(app.api, ACLS, { name: `acl-${i}`, type: 'standard' });
    }
    snapshot = await app.snapshot();
  });
  beforeEach(async () => snapshot.restore());
  afterAll(async () => app?.close());

  /** The stored custom_field_data of every object of a model. */
  const data = async (label: string) => (await app.knex(TABLES[label]!).orderBy('id')).map((r: any) => r.custom_field_data);

  it('backfills existing objects with the default of a new field (JSON null without one)', async () => {
    await make(app.api, FIELDS, { name: 'tier', type: 'integer', object_types: ['tenancy.tenant', 'dcim.site', 'acl.accesslist'], default: 3 });
    await make(app.api, FIELDS, { name: 'note', type: 'text', object_types: ['dcim.site'] });
    for (const label of Object.keys(TABLES)) expect((await data(label)).every((d: any) => d.tier === 3)).toBe(true);
    expect(await data('dcim.site')).toEqual([{ tier: 3, note: null }, { tier: 3, note: null }]);
    const sites = await app.api.get(SITES);
    expect(sites.body.results.map((s: any) => s.custom_fields)).toEqual([{ note: null, tier: 3 }, { note: null, tier: 3 }]);
    expect((await app.api.get(`${ACLS}?cf_tier=3`)).body.count).toBe(2);
  });

  it('removes the values of a deleted field from every object', async () => {
    const f = await make(app.api, FIELDS, { name: 'gone', type: 'text', object_types: ['tenancy.tenant', 'acl.accesslist'], default: 'x' });
    await make(app.api, FIELDS, { name: 'kept', type: 'text', object_types: ['tenancy.tenant'], default: 'y' });
    expect((await app.api.delete(`${FIELDS}${f.id}/`)).status).toBe(204);
    expect(await data('tenancy.tenant')).toEqual([{ kept: 'y' }, { kept: 'y' }]);
    expect(await data('acl.accesslist')).toEqual([{}, {}]);
    expect((await app.api.get(TENANTS)).body.results[0].custom_fields).toEqual({ kept: 'y' });
  });

  it('moves the values of a renamed field, and follows object type changes', async () => {
    const f = await make(app.api, FIELDS, { name: 'old_name', type: 'text', object_types: ['tenancy.tenant', 'dcim.site'] });
    const tenants = (await app.api.get(TENANTS)).body.results;
    await app.api.patch(`${TENANTS}${tenants[0].id}/`, { custom_fields: { old_name: 'kept value' } });
    let res = await app.api.patch(`${FIELDS}${f.id}/`, { name: 'new_name' });
    expect(res.status).toBe(200);
    expect(await data('tenancy.tenant')).toEqual([{ new_name: 'kept value' }, { new_name: null }]);
    expect((await app.api.get(`${TENANTS}${tenants[0].id}/`)).body.custom_fields).toEqual({ new_name: 'kept value' });
    // Dropping sites removes their key; adding access lists populates it.
    res = await app.api.patch(`${FIELDS}${f.id}/`, { object_types: ['tenancy.tenant', 'acl.accesslist'] });
    expect(res.body.object_types).toEqual(['acl.accesslist', 'tenancy.tenant']);
    expect(await data('dcim.site')).toEqual([{}, {}]);
    expect(await data('acl.accesslist')).toEqual([{ new_name: null }, { new_name: null }]);
    expect((await app.api.get(`${TENANTS}?cf_new_name=kept`)).body.count).toBe(1);
    expect((await app.api.get(`${TENANTS}?cf_old_name=kept`)).status).toBe(400);
  });

  it('protects a choice set in use and the choices objects still hold', async () => {
    const set = await make(app.api, SETS, { name: 'Colours', extra_choices: [['red', 'Red'], ['blue', 'Blue']] });
    await make(app.api, FIELDS, { name: 'colour', type: 'select', object_types: ['dcim.site'], choice_set: set.id });
    const multi = await make(app.api, SETS, { name: 'Sizes', extra_choices: [['s', 'S'], ['m', 'M']] });
    await make(app.api, FIELDS, { name: 'sizes', type: 'multiselect', object_types: ['acl.accesslist'], choice_set: multi.id });
    const site = (await app.api.get(SITES)).body.results[0];
    await app.api.patch(`${SITES}${site.id}/`, { custom_fields: { colour: 'red' } });
    const acl = (await app.api.get(ACLS)).body.results[0];
    await app.api.patch(`${ACLS}${acl.id}/`, { custom_fields: { sizes: ['m'] } });

    expect((await app.api.delete(`${SETS}${set.id}/`)).status).toBe(409);
    let res = await app.api.patch(`${SETS}${set.id}/`, { extra_choices: [['blue', 'Blue']] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ non_field_errors: ['Cannot remove choice red as there are dcim | site objects which reference it.'] });
    res = await app.api.patch(`${SETS}${multi.id}/`, { extra_choices: [['s', 'S']] });
    expect(res.body).toEqual({ non_field_errors: ['Cannot remove choice m as there are acl | accesslist objects which reference it.'] });
    // An unused choice may go, and a label may change.
    res = await app.api.patch(`${SETS}${set.id}/`, { extra_choices: [['red', 'Crimson']] });
    expect(res.status).toBe(200);
    expect(res.body.choices_count).toBe(1);
  });

  it('refuses choice sets without choices or with base choices, and pairs that are not pairs', async () => {
    const cases: [Record<string, unknown>, unknown][] = [
      [{ name: 'Empty', extra_choices: [] }, { non_field_errors: ['Must define base or extra choices.'] }],
      [{ name: 'Base', extra_choices: [['a', 'A']], base_choices: 'IATA' }, { base_choices: ['Built-in base choice sets are not available in Patchbay; list the choices in extra_choices.'] }],
      [{ name: 'Short', extra_choices: [['a']] }, { extra_choices: ['Ensure this field has at least 2 elements.'] }],
      [{ name: 'Long', extra_choices: [['a', 'A', 'x']] }, { extra_choices: ['Ensure this field has no more than 2 elements.'] }],
      [{ name: 'Flat', extra_choices: 'a,b' }, { extra_choices: ['Expected a list of items but got type "str".'] }],
      [{ name: 'Missing' }, { extra_choices: ['This field is required.'] }],
    ];
    for (const [body, errors] of cases) {
      const res = await app.api.post(SETS, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual(errors);
    }
  });

  it('serves a choice set\'s choices paginated and filtered by q', async () => {
    const set = await make(app.api, SETS, { name: 'Letters', extra_choices: [['c', 'Gamma'], ['a', 'Alpha'], ['b', 'Beta']], order_alphabetically: true });
    expect(set.extra_choices).toEqual([['a', 'Alpha'], ['b', 'Beta'], ['c', 'Gamma']]);
    let res = await app.api.get(`${SETS}${set.id}/choices/`);
    expect(res.body).toEqual({ count: 3, next: null, previous: null, results: [{ id: 'a', display: 'Alpha' }, { id: 'b', display: 'Beta' }, { id: 'c', display: 'Gamma' }] });
    res = await app.api.get(`${SETS}${set.id}/choices/?limit=1&offset=1`);
    expect(res.body.results).toEqual([{ id: 'b', display: 'Beta' }]);
    expect(res.body.next).toBe(`${app.baseUrl}/api/extras/custom-field-choice-sets/${set.id}/choices/?limit=1&offset=2`);
    expect(res.body.previous).toBe(`${app.baseUrl}/api/extras/custom-field-choice-sets/${set.id}/choices/?limit=1`);
    res = await app.api.get(`${SETS}${set.id}/choices/?q=ET`);
    expect(res.body.results).toEqual([{ id: 'b', display: 'Beta' }]);
    expect((await app.api.get(`${SETS}999999/choices/`)).status).toBe(404);
    expect((await app.anonymous.get(`${SETS}${set.id}/choices/`)).status).toBe(403);
  });
});
