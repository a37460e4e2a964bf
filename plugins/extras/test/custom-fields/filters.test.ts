/**
 * `cf_<name>` filters on models of three plugins, with the lookups fitting each type, NetBox's
 * loose/exact/disabled filter logic, missing keys matching negations, and the query budget of a
 * list page with ten custom fields (two of them object-typed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, expectQueryCount, type TestApp } from '@patchbay/core/testing';
import { ACLS, FIELDS, SETS, SITES, TENANTS, cfApp, make } from './fixtures.js';

const MODELS = [
  { label: 'tenancy.tenant', path: TENANTS, body: (n: number) => ({ name: `Tenant ${n}`, slug: `tenant-${n}` }) },
  { label: 'dcim.site', path: SITES, body: (n: number) => ({ name: `Site ${n}`, slug: `site-${n}` }) },
  { label: 'acl.accesslist', path: ACLS, body: (n: number) => ({ name: `acl-${n}`, type: 'standard' }) },
];

eachDatabase((database) => {
  let app: TestApp;
  let refs: number[];

  beforeAll(async () => {
    app = await createTestApp({ ...cfApp, database });
    const colours = (await make(app.api, SETS, { name: 'Colours', extra_choices: [['red', 'Red'], ['green', 'Green'], ['blue', 'Blue']] })).id;
    refs = [];
    for (const n of ['a', 'b']) refs.push((await make(app.api, TENANTS, { name: `Ref ${n}`, slug: `ref-${n}` })).id);
    const object_types = MODELS.map((m) => m.label);
    const fields = [
      { name: 'f_text', type: 'text' },
      { name: 'f_code', type: 'text', filter_logic: 'exact' },
      { name: 'f_off', type: 'text', filter_logic: 'disabled' },
      { name: 'f_int', type: 'integer' },
      { name: 'f_dec', type: 'decimal' },
      { name: 'f_bool', type: 'boolean' },
      { name: 'f_date', type: 'date' },
      { name: 'f_dt', type: 'datetime' },
      { name: 'f_json', type: 'json' },
      { name: 'f_sel', type: 'select', choice_set: colours },
      { name: 'f_msel', type: 'multiselect', choice_set: colours },
      { name: 'f_obj', type: 'object', related_object_type: 'tenancy.tenant' },
      { name: 'f_mobj', type: 'multiobject', related_object_type: 'tenancy.tenant' },
    ];
    for (const f of fields) await make(app.api, FIELDS, { ...f, object_types });
    const values = [
      { f_text: 'Alpha one', f_code: 'AB-1', f_off: 'x', f_int: 5, f_dec: 1.5, f_bool: true, f_date: '2026-01-01', f_dt: '2026-01-01T00:00:00Z', f_sel: 'red', f_msel: ['red', 'blue'], f_obj: refs[0], f_mobj: [refs[0], refs[1]] },
      { f_text: 'alpha two', f_code: 'ab-2', f_int: 10, f_dec: 2.5, f_bool: false, f_date: '2026-06-01', f_dt: '2026-06-01T12:00:00Z', f_sel: 'green', f_msel: ['green'], f_obj: refs[1], f_mobj: [refs[1]] },
      { f_text: 'Beta', f_code: 'CD-3', f_dec: 3.5, f_date: '2026-12-31', f_sel: 'red', f_msel: [] },
    ];
    for (const m of MODELS) for (const [i, v] of values.entries()) await make(app.api, m.path, { ...m.body(i), custom_fields: v });
  });
  afterAll(async () => app?.close());

  describe.each(MODELS)('on $label', (m) => {
    const count = async (query: string) => {
      const res = await app.api.get(`${m.path}?${query}`);
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(200);
      // The tenants list also holds the two referenced tenants, which have no values.
      return res.body.results.filter((o: any) => !String(o.name).startsWith('Ref ')).length;
    };

    it('filters text fields: loose contains, exact equality, and the text lookups', async () => {
      const cases: Record<string, number> = {
        'cf_f_text=alpha': 2, 'cf_f_text=ONE': 1, 'cf_f_text__ic=two': 1, 'cf_f_text__n=Beta': 2, 'cf_f_text__ie=beta': 1,
        'cf_f_code=AB-1': 1, 'cf_f_code=ab': 0, 'cf_f_code__ie=ab-1': 1, 'cf_f_code__isw=ab': 2, 'cf_f_code__iew=3': 1,
        'cf_f_code__nic=ab': 1, 'cf_f_code__empty=false': 3, 'cf_f_code=AB-1&cf_f_code=CD-3': 2,
      };
      for (const [q, n] of Object.entries(cases)) expect(await count(q), q).toBe(n);
    });

    it('filters numbers, booleans, dates and date-times with comparisons; negations match missing keys', async () => {
      const cases: Record<string, number> = {
        'cf_f_int=5': 1, 'cf_f_int__gte=5': 2, 'cf_f_int__lt=10': 1, 'cf_f_int__n=5': 2, 'cf_f_int__empty=true': 1, 'cf_f_int=5&cf_f_int=10': 2,
        'cf_f_dec__gt=2': 2, 'cf_f_dec=2.5': 1, 'cf_f_dec__lte=1.5': 1,
        'cf_f_bool=true': 1, 'cf_f_bool=false': 1, 'cf_f_bool__empty=true': 1,
        'cf_f_date=2026-01-01': 1, 'cf_f_date__gte=2026-06-01': 2, 'cf_f_date__lt=2026-06-01': 1,
        'cf_f_dt__gt=2026-03-01T00:00:00Z': 1, 'cf_f_dt__lte=2026-06-01T12:00:00Z': 2, 'cf_f_dt__empty=true': 1,
      };
      for (const [q, n] of Object.entries(cases)) expect(await count(q), q).toBe(n);
    });

    it('filters selections and object references', async () => {
      const cases: Record<string, number> = {
        'cf_f_sel=red': 2, 'cf_f_sel__n=red': 1, 'cf_f_sel__ic=GRE': 1,
        'cf_f_msel=red': 1, 'cf_f_msel=green&cf_f_msel=blue': 2, 'cf_f_msel__empty=true': 1, 'cf_f_msel__n=green': 2,
        [`cf_f_obj=${refs[0]}`]: 1, [`cf_f_obj__n=${refs[0]}`]: 2,
        [`cf_f_mobj=${refs[1]}`]: 2, [`cf_f_mobj__n=${refs[1]}`]: 1, 'cf_f_mobj__empty=true': 1,
      };
      for (const [q, n] of Object.entries(cases)) expect(await count(q), q).toBe(n);
    });

    it('answers 400 for disabled, unknown and json fields, wrong lookups and malformed values', async () => {
      const cases: [string, unknown][] = [
        ['cf_f_off=x', { cf_f_off: ['Unknown filter.'] }],
        ['cf_nope=1', { cf_nope: ['Unknown filter.'] }],
        ['cf_f_json=1', { cf_f_json: ['Unknown filter.'] }],
        ['cf_f_text__gte=a', { cf_f_text__gte: ['Unknown filter.'] }],
        ['cf_f_int=abc', { cf_f_int: ['Enter a number.'] }],
        ['cf_f_date=2026-13-01', { cf_f_date: ['Enter a valid date.'] }],
        ['cf_f_bool=maybe', { cf_f_bool: ['Select a valid choice. That choice is not one of the available choices.'] }],
      ];
      for (const [q, body] of cases) {
        const res = await app.api.get(`${m.path}?${q}`);
        expect(res.status, q).toBe(400);
        expect(res.body, q).toEqual(body);
      }
    });
  });

  it('matches searchable custom field values with q (search_weight > 0, text-like types)', async () => {
    const found = async (path: string, q: string) => (await app.api.get(`${path}?q=${encodeURIComponent(q)}`)).body.results.map((o: any) => o.name);
    for (const m of MODELS) {
      expect(await found(m.path, 'alpha'), m.label).toHaveLength(2);
      expect(await found(m.path, 'ab-1'), m.label).toHaveLength(1);
      // Selections are not indexed by NetBox's search either.
      expect(await found(m.path, 'green'), m.label).toHaveLength(0);
    }
    const code = (await app.api.get(`${FIELDS}?name=f_code`)).body.results[0];
    expect((await app.api.patch(`${FIELDS}${code.id}/`, { search_weight: 0 })).status).toBe(200);
    for (const m of MODELS) expect(await found(m.path, 'ab-1'), m.label).toHaveLength(0);
    // The model's own search still applies.
    expect(await found(TENANTS, 'Tenant 1')).toEqual(['Tenant 1']);
  });

  it('lists a page with ten custom fields (two object-typed) in a constant number of queries', async () => {
    const REGIONS = '/api/dcim/regions/';
    const object_types = ['dcim.region'];
    for (let i = 0; i < 8; i++) await make(app.api, FIELDS, { name: `r_${i}`, type: i % 2 ? 'integer' : 'text', object_types });
    await make(app.api, FIELDS, { name: 'r_tenant', type: 'object', related_object_type: 'tenancy.tenant', object_types });
    await make(app.api, FIELDS, { name: 'r_sites', type: 'multiobject', related_object_type: 'dcim.site', object_types });
    const sites = (await app.api.get(SITES)).body.results.map((s: any) => s.id);
    for (let i = 0; i < 12; i++) {
      const custom_fields: Record<string, unknown> = { r_tenant: refs[i % 2], r_sites: [sites[i % 3], sites[(i + 1) % 3]] };
      for (let j = 0; j < 8; j++) custom_fields[`r_${j}`] = j % 2 ? i * j : `value ${i}-${j}`;
      await make(app.api, REGIONS, { name: `Region ${i}`, slug: `region-${i}`, custom_fields });
    }
    app.queries.reset();
    const one = await app.api.get(`${REGIONS}?limit=1`);
    const small = app.queries.total;
    expect(refs).toContain(one.body.results[0].custom_fields.r_tenant.id);
    const page = await expectQueryCount(app, 'dcim.region:list-with-10-custom-fields', () => app.api.get(`${REGIONS}?limit=50`));
    expect(app.queries.total).toBe(small);
    expect(page.body.results).toHaveLength(12);
    const five = page.body.results.find((r: any) => r.name === 'Region 5');
    expect(five.custom_fields.r_sites.map((s: any) => s.id)).toEqual([sites[2], sites[0]]);
    expect(five.custom_fields.r_5).toBe(25);
    expect(five.custom_fields.r_4).toBe('value 5-4');
  });
});
