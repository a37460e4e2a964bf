/**
 * The list controls besides pagination: `ordering` (ascending, descending, several keys, unknown
 * names ignored as DRF does, `id` last as tie-breaker) and the field selection of NetBox 4.x
 * (`brief`, `fields`, `omit`) on lists and detail views.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, LISTS, RULES, mustCreate } from './acl-world.js';

const FULL = [
  'id', 'url', 'display_url', 'display', 'name', 'assigned_object_type', 'assigned_object_id', 'assigned_object',
  'type', 'default_action', 'description', 'comments', 'rule_count', 'tags', 'custom_fields', 'created', 'last_updated',
];

describe('ordering and field selection', () => {
  let t: TestApp;
  const id: Record<string, number> = {};
  beforeAll(async () => {
    t = await createAclApp();
    for (const [name, type, action] of [['delta', 'standard', 'permit'], ['alpha', 'extended', 'deny'], ['charlie', 'standard', 'deny'], ['bravo', 'extended', 'permit']] as const)
      id[name] = (await mustCreate(t, LISTS, { name, type, default_action: action, description: `${name} list` })).id;
    // Two lists share a name (on different objects), so ties are broken by id.
    const [g] = await t.knex('users_group').insert({ name: 'ordering-group' }).returning('id');
    id.alpha2 = (await mustCreate(t, LISTS, { name: 'alpha', type: 'standard', assigned_object_type: 'users.group', assigned_object_id: g.id })).id;
    await mustCreate(t, RULES, { access_list: id.alpha, index: 10, action: 'permit' });
    await mustCreate(t, RULES, { access_list: id.alpha, index: 20, action: 'deny' });
    await mustCreate(t, RULES, { access_list: id.bravo, index: 10, action: 'deny' });
  });
  afterAll(async () => t?.close());

  const idsOf = async (query: string) => ((await t.api.get(`${LISTS}?${query}`)).body.results as { id: number }[]).map((o) => o.id);

  it.each([
    ['', ['alpha', 'alpha2', 'bravo', 'charlie', 'delta']], // the model's ordering (name), then id
    ['ordering=name', ['alpha', 'alpha2', 'bravo', 'charlie', 'delta']],
    ['ordering=-name', ['delta', 'charlie', 'bravo', 'alpha', 'alpha2']], // id stays ascending as tie-breaker
    ['ordering=type,-name', ['bravo', 'alpha', 'delta', 'charlie', 'alpha2']],
    ['ordering=-type,name', ['alpha2', 'charlie', 'delta', 'alpha', 'bravo']],
    // default_action: deny for alpha, alpha2 (the default) and charlie; permit for bravo and delta.
    ['ordering=default_action,-id', ['alpha2', 'charlie', 'alpha', 'bravo', 'delta']],
    ['ordering=-id', ['alpha2', 'bravo', 'charlie', 'alpha', 'delta']],
    ['ordering=nonsense', ['alpha', 'alpha2', 'bravo', 'charlie', 'delta']], // unknown names are ignored
    ['ordering=nonsense,-name', ['delta', 'charlie', 'bravo', 'alpha', 'alpha2']],
    ['ordering=%20-name%20,', ['delta', 'charlie', 'bravo', 'alpha', 'alpha2']],
    ['ordering=name&ordering=-name', ['delta', 'charlie', 'bravo', 'alpha', 'alpha2']], // the last one wins
  ])('ordering: ?%s', async (query, expected) => {
    expect(await idsOf(query)).toEqual(expected.map((n) => id[n]));
  });

  it('orders by a foreign key and by a computed count only where a column exists', async () => {
    const rules = (await t.api.get(`${RULES}?ordering=-access_list,index`)).body.results.map((r: { index: number; access_list: { id: number } }) => [r.access_list.id, r.index]);
    expect(rules).toEqual([[id.bravo, 10], [id.alpha, 10], [id.alpha, 20]]);
    // rule_count has no column: ignored, the default ordering applies.
    expect(await idsOf('ordering=-rule_count')).toEqual(await idsOf(''));
  });

  it('a full object has every field in the serializer order', async () => {
    const res = await t.api.get(`${LISTS}?limit=1`);
    expect(Object.keys(res.body.results[0])).toEqual(FULL);
    expect(res.body.results[0].rule_count).toBe(2);
  });

  it('brief=true lists the brief form; brief=false and brief=0 the full one', async () => {
    for (const v of ['true', '1', 'True']) {
      const res = await t.api.get(`${LISTS}?brief=${v}`);
      expect(Object.keys(res.body.results[0]), v).toEqual(['id', 'url', 'display', 'name', 'description']);
    }
    for (const v of ['false', '0', 'False', ''])
      expect(Object.keys((await t.api.get(`${LISTS}?brief=${v}`)).body.results[0]), v).toEqual(FULL);
    expect(Object.keys((await t.api.get(`${LISTS}${id.alpha}/?brief=1`)).body)).toEqual(['id', 'url', 'display', 'name', 'description']);
  });

  it('fields= picks fields in serializer order; unknown names are dropped; none left means id', async () => {
    expect(Object.keys((await t.api.get(`${LISTS}?fields=name,id`)).body.results[0])).toEqual(['id', 'name']);
    expect(Object.keys((await t.api.get(`${LISTS}?fields=rule_count,nope,display`)).body.results[0])).toEqual(['display', 'rule_count']);
    expect(Object.keys((await t.api.get(`${LISTS}?fields=nope`)).body.results[0])).toEqual(['id']);
    expect((await t.api.get(`${LISTS}${id.alpha}/?fields=id,rule_count`)).body).toEqual({ id: id.alpha, rule_count: 2 });
    // fields wins over brief and omit.
    expect(Object.keys((await t.api.get(`${LISTS}?fields=id,comments&brief=1&omit=comments`)).body.results[0])).toEqual(['id', 'comments']);
  });

  it('omit= drops fields from the full or the brief form', async () => {
    expect(Object.keys((await t.api.get(`${LISTS}?omit=comments,rule_count,tags`)).body.results[0])).toEqual(FULL.filter((f) => !['comments', 'rule_count', 'tags'].includes(f)));
    expect(Object.keys((await t.api.get(`${LISTS}?brief=1&omit=url,description`)).body.results[0])).toEqual(['id', 'display', 'name']);
    expect(Object.keys((await t.api.get(`${LISTS}${id.alpha}/?omit=created,last_updated`)).body)).toEqual(FULL.filter((f) => f !== 'created' && f !== 'last_updated'));
  });
});
