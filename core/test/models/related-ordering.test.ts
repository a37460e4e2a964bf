/**
 * Ordering by related objects, as Django does it: a term naming a foreign key (in a model's
 * default ordering or in `?ordering=`) orders by the target's own ordering through a join, two
 * levels deep; `<fk>_id` orders by the key; `NULLS FIRST` puts rows without one first; a relation
 * back to the model itself orders by its key. Costs no extra query; `?start=` still pages by id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  definePlugin, defineResource, defineSerializer, defineFilterSet, field, BaseModel, type FieldMap,
} from '@patchbay/core';
import { createTestApp, type TestApp } from '@patchbay/core/testing';

/** A region orders by its parent (itself: by the key, no loop) then name. */
class Region extends BaseModel {
  static override tableName = 'ordtest_region';
  static override label = 'ordtest.region';
  static override verboseName = 'region';
  static override verboseNamePlural = 'regions';
  static override ordering = ['parent', 'name'];
  static override fields: FieldMap = { parent: field.selfRelated(), name: field.string({ required: true }) };
}

/** A vendor orders by its region (→ the region's ordering) then name. */
class Vendor extends BaseModel {
  static override tableName = 'ordtest_vendor';
  static override label = 'ordtest.vendor';
  static override verboseName = 'vendor';
  static override verboseNamePlural = 'vendors';
  static override ordering = ['region', 'name'];
  static override fields: FieldMap = {
    region: field.related(() => Region, { nullable: true, default: null }),
    name: field.string({ required: true }),
  };
}

/** Things order by vendor (its region's name, its name), then code. */
class Thing extends BaseModel {
  static override tableName = 'ordtest_thing';
  static override label = 'ordtest.thing';
  static override verboseName = 'thing';
  static override verboseNamePlural = 'things';
  static override ordering = ['vendor', 'code'];
  static override fields: FieldMap = {
    vendor: field.related(() => Vendor, { nullable: true, default: null }),
    code: field.string({ required: true }),
  };
}

/** Parts order by the vendor's key with the vendor-less first (NetBox's prefixes and the global table). */
class Part extends BaseModel {
  static override tableName = 'ordtest_part';
  static override label = 'ordtest.part';
  static override verboseName = 'part';
  static override verboseNamePlural = 'parts';
  static override ordering = ['vendor_id NULLS FIRST', 'code'];
  static override fields: FieldMap = {
    vendor: field.related(() => Vendor, { nullable: true, default: null }),
    code: field.string({ required: true }),
    things: field.many(() => Thing, { table: 'ordtest_part_things', from: 'part_id', to: 'thing_id' }),
  };
}

const resource = (slug: string, model: typeof BaseModel, fields: string[]) => defineResource({
  slug, model, serializer: defineSerializer(model, { fields: ['id', 'url', 'display', ...fields], brief: ['id', 'display'] }), filterSet: defineFilterSet(model, { fields: {} }),
});

const plugin = definePlugin({
  name: 'ordtest',
  version: '1.0.0',
  compatibility: '*',
  models: [Region, Vendor, Thing, Part],
  resources: [
    resource('regions', Region, ['parent', 'name']),
    resource('vendors', Vendor, ['region', 'name']),
    resource('things', Thing, ['vendor', 'code']),
    resource('parts', Part, ['vendor', 'code', 'things']),
  ],
  migrations: {
    '20260101000000_create': {
      async up(knex) {
        await knex.schema.createTable('ordtest_region', (t) => { t.bigIncrements('id'); t.bigInteger('parent_id').references('id').inTable('ordtest_region'); t.string('name').notNullable(); });
        await knex.schema.createTable('ordtest_vendor', (t) => { t.bigIncrements('id'); t.bigInteger('region_id').references('id').inTable('ordtest_region'); t.string('name').notNullable(); });
        for (const table of ['ordtest_thing', 'ordtest_part'])
          await knex.schema.createTable(table, (t) => { t.bigIncrements('id'); t.bigInteger('vendor_id').references('id').inTable('ordtest_vendor'); t.string('code').notNullable(); });
        await knex.schema.createTable('ordtest_part_things', (t) => {
          t.bigInteger('part_id').notNullable().references('id').inTable('ordtest_part').onDelete('CASCADE');
          t.bigInteger('thing_id').notNullable().references('id').inTable('ordtest_thing').onDelete('CASCADE');
          t.primary(['part_id', 'thing_id']);
        });
      },
    },
  },
});

const API = '/api/plugins/ordtest';

describe('ordering by related objects', () => {
  let t: TestApp;
  const id: Record<string, number> = {};
  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await t.api.post(`${API}/${path}/`, body);
    if (res.status !== 201) throw new Error(`fixture ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  // Ids are created against name order, so ordering by key and by name disagree.
  beforeAll(async () => {
    t = await createTestApp({ plugins: [plugin] });
    id.south = await post('regions', { name: 'south' });
    id.north = await post('regions', { name: 'north' });
    id.zeta = await post('vendors', { name: 'zeta', region: id.north });
    id.beta = await post('vendors', { name: 'beta', region: id.south });
    id.alpha = await post('vendors', { name: 'alpha', region: id.south });
    id.nowhere = await post('vendors', { name: 'nowhere' });
    for (const [code, vendor] of [['t1', 'alpha'], ['t2', 'zeta'], ['t3', null], ['t4', 'beta'], ['t5', 'zeta'], ['t6', 'nowhere']] as const)
      id[code] = await post('things', { code, vendor: vendor && id[vendor] });
    for (const [code, vendor] of [['p1', 'alpha'], ['p2', null], ['p3', 'zeta'], ['p4', null]] as const)
      id[code] = await post('parts', { code, vendor: vendor && id[vendor] });
  });
  afterAll(async () => t?.close());

  const codes = async (path: string, query = '') =>
    ((await t.api.get(`${API}/${path}/?limit=0${query ? `&${query}` : ''}`)).body.results as { code?: string; name?: string }[]).map((o) => o.code ?? o.name);

  it('a default ordering naming a key follows the target ordering, two levels deep', async () => {
    // Vendors: region (north before south, regionless last), then name.
    expect(await codes('vendors')).toEqual(['zeta', 'alpha', 'beta', 'nowhere']);
    // Things: by their vendor's order, vendorless last (PostgreSQL's ASC placement), then code.
    expect(await codes('things')).toEqual(['t2', 't5', 't1', 't4', 't6', 't3']);
  });

  it('?ordering=<fk> and -<fk> order by the target ordering, reversed as a whole', async () => {
    expect(await codes('things', 'ordering=vendor,code')).toEqual(['t2', 't5', 't1', 't4', 't6', 't3']);
    expect(await codes('things', 'ordering=-vendor,code')).toEqual(['t3', 't6', 't4', 't1', 't2', 't5']);
    expect(await codes('things', 'ordering=-vendor,-code')).toEqual(['t3', 't6', 't4', 't1', 't5', 't2']);
    expect(await codes('vendors', 'ordering=-region')).toEqual(['nowhere', 'beta', 'alpha', 'zeta']);
  });

  it('a relation to the model itself orders by its key, without looping', async () => {
    const child = await post('regions', { name: 'a-child', parent: id.south });
    try {
      expect(await codes('regions')).toEqual(['a-child', 'north', 'south']);
      expect(await codes('regions', 'ordering=parent,name')).toEqual(['a-child', 'north', 'south']);
    } finally {
      expect((await t.api.delete(`${API}/regions/${child}/`)).status).toBe(204);
    }
  });

  it('NULLS FIRST puts rows without the key first; reversed, last', async () => {
    // By the key itself: zeta was created before alpha.
    expect(await codes('parts')).toEqual(['p2', 'p4', 'p3', 'p1']);
    // ?ordering= follows the vendor's ordering with PostgreSQL's placement: ASC last, DESC first.
    expect(await codes('parts', 'ordering=vendor')).toEqual(['p3', 'p1', 'p2', 'p4']);
    expect(await codes('parts', 'ordering=-vendor')).toEqual(['p2', 'p4', 'p1', 'p3']);
  });

  it('many-to-many items render in the target ordering, related terms included', async () => {
    const part = await t.api.post(`${API}/parts/`, { code: 'p5', things: [id.t3, id.t1, id.t5, id.t6] });
    expect(part.status, JSON.stringify(part.body)).toBe(201);
    expect(part.body.things.map((o: { id: number }) => o.id)).toEqual([id.t5, id.t1, id.t6, id.t3]);
  });

  it('costs no extra query, and ?start= still pages by id', async () => {
    const count = async (query: string) => {
      t.queries.reset();
      expect((await t.api.get(`${API}/things/?${query}`)).status).toBe(200);
      return t.queries.total;
    };
    const plain = await count('ordering=code');
    expect(await count('ordering=-vendor')).toBe(plain);
    expect(await count('')).toBe(plain);
    const page = await t.api.get(`${API}/things/?start=0&limit=3`);
    expect(page.body.results.map((o: { id: number }) => o.id)).toEqual([id.t1, id.t2, id.t3]);
    expect(page.body.next).toContain(`start=${id.t3 + 1}`);
  });

  it('paging with offsets over a joined ordering keeps every row once', async () => {
    const all = await codes('things');
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 4)
      pages.push(...(await t.api.get(`${API}/things/?limit=4&offset=${offset}`)).body.results.map((o: { code: string }) => o.code));
    expect(pages).toEqual(all);
  });
});
