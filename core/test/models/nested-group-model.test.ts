import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { treePlugin } from './tree-plugin.js';

/** NestedGroupModel: materialised paths, _depth, subtree filters, moves, cycles. */
describe('NestedGroupModel trees', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  const make = async (name: string, parent?: string) => {
    const res = await t.api.post('/api/plugins/treetest/areas/', { name, slug: name, parent: parent ? ids[parent] : null });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[name] = res.body.id;
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp({ plugins: [treePlugin] });
    // world ─ europe ─ france ─ paris
    //       └ asia
    await make('world');
    await make('europe', 'world');
    await make('france', 'europe');
    await make('paris', 'france');
    await make('asia', 'world');
    for (const [name, area] of [['eiffel', 'paris'], ['louvre', 'paris'], ['fuji', 'asia'], ['nowhere', undefined]] as const)
      await t.api.post('/api/plugins/treetest/spots/', { name, area: area ? ids[area] : null });
  });
  afterAll(async () => t?.close());

  it('renders _depth and the parent in brief form', async () => {
    const res = await t.api.get(`/api/plugins/treetest/areas/${ids.paris}/`);
    expect(res.body._depth).toBe(3);
    expect(res.body.parent).toMatchObject({ id: ids.france, name: 'france', _depth: 2 });
  });

  it('filters a related model by a whole subtree in one statement', async () => {
    const names = async (q: string) =>
      (await t.api.get(`/api/plugins/treetest/spots/?${q}`)).body.results.map((r: { name: string }) => r.name).sort();
    expect(await names('area=europe')).toEqual(['eiffel', 'louvre']);
    expect(await names(`area_id=${ids.world}`)).toEqual(['eiffel', 'fuji', 'louvre']);
    expect(await names('area=asia&area=france')).toEqual(['eiffel', 'fuji', 'louvre']);
    expect(await names('area__n=europe')).toEqual(['fuji', 'nowhere']);
    expect(await names('area_id=null')).toEqual(['nowhere']);
  });

  it('lists descendants of a node', async () => {
    const res = await t.api.get(`/api/plugins/treetest/areas/?ancestor=europe`);
    expect(res.body.results.map((r: { name: string }) => r.name).sort()).toEqual(['europe', 'france', 'paris']);
  });

  it('rewrites the whole subtree when a node moves', async () => {
    const moved = await t.api.patch(`/api/plugins/treetest/areas/${ids.france}/`, { parent: ids.asia });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body._depth).toBe(2);
    const paris = await t.api.get(`/api/plugins/treetest/areas/${ids.paris}/`);
    expect(paris.body._depth).toBe(3);
    const underAsia = await t.api.get('/api/plugins/treetest/spots/?area=asia');
    expect(underAsia.body.results.map((r: { name: string }) => r.name).sort()).toEqual(['eiffel', 'fuji', 'louvre']);
    const rows = await t.knex('treetest_area').select('name', '_path').orderBy('id');
    const path = (n: string) => rows.find((r) => r.name === n)!._path.map(Number);
    expect(path('paris')).toEqual([ids.world, ids.asia, ids.france, ids.paris]);
    // moving back to the root level
    await t.api.patch(`/api/plugins/treetest/areas/${ids.france}/`, { parent: null });
    const again = await t.api.get(`/api/plugins/treetest/areas/${ids.paris}/`);
    expect(again.body._depth).toBe(1);
    await t.api.patch(`/api/plugins/treetest/areas/${ids.france}/`, { parent: ids.europe });
  });

  it('refuses self and descendants as parent, changing nothing', async () => {
    const self = await t.api.patch(`/api/plugins/treetest/areas/${ids.europe}/`, { parent: ids.europe });
    expect(self.status).toBe(400);
    expect(self.body).toEqual({ parent: ['Cannot assign self as parent.'] });
    const child = await t.api.patch(`/api/plugins/treetest/areas/${ids.europe}/`, { parent: ids.paris });
    expect(child.status).toBe(400);
    expect(child.body).toEqual({ parent: ['Cannot assign a child object as the parent.'] });
    const europe = await t.api.get(`/api/plugins/treetest/areas/${ids.europe}/`);
    expect(europe.body.parent.id).toBe(ids.world);
  });

  it('deleting a node removes its subtree (CASCADE) in one request', async () => {
    const temp = await make('temp', 'world');
    await make('temp-child', 'temp');
    const res = await t.api.delete(`/api/plugins/treetest/areas/${temp.id}/`);
    expect(res.status).toBe(204);
    const left = await t.knex('treetest_area').whereIn('name', ['temp', 'temp-child']).count({ n: '*' });
    expect(Number(left[0]!.n)).toBe(0);
    // the cascaded child is logged too, under the same request id
    const requestId = res.headers.get('x-request-id');
    const changes = await t.api.get(`/api/core/object-changes/?request_id=${requestId}&ordering=changed_object_id`);
    expect(changes.body.results.map((r: { object_repr: string; action: { value: string } }) => [r.object_repr, r.action.value]))
      .toEqual([['temp', 'delete'], ['temp-child', 'delete']]);
    expect(changes.body.results[1].prechange_data).toMatchObject({ name: 'temp-child', parent: { name: 'temp' } });
  });
});
