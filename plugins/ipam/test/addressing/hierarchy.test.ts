/**
 * The cached prefix hierarchy (`_depth`, `children`) as NetBox's signals keep it: on create (in
 * any order), resize, VRF move and delete; IPv4 and IPv6; /31 /32 /127 /128; pools; duplicates.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { PREFIXES, SITES, VRFS, ipamApp, make } from '../fixtures.js';

eachDatabase(() => {
  let t: TestApp;
  let vrfA: number;
  let vrfB: number;
  let vrfLoose: number;
  beforeAll(async () => {
    t = await createTestApp(ipamApp);
    vrfA = (await make(t.api, VRFS, { name: 'A', rd: '1:1' })).id;
    vrfB = (await make(t.api, VRFS, { name: 'B', rd: '1:2' })).id;
    vrfLoose = (await make(t.api, VRFS, { name: 'Loose', enforce_unique: false })).id;
  });
  afterAll(async () => t.close());

  /** `{prefix: [depth, children]}` for every prefix of the VRF (`null` = global) inside `within`. */
  async function tree(within: string, vrf: number | null = null): Promise<Record<string, [number, number]>> {
    const res = await t.api.get(`${PREFIXES}?within_include=${within}&vrf_id=${vrf ?? 'null'}&limit=0&ordering=prefix`);
    expect(res.status).toBe(200);
    const out: Record<string, [number, number]> = {};
    for (const p of res.body.results) out[p.prefix] = [p._depth, p.children];
    return out;
  }

  it('counts depth and children when prefixes are created top-down and bottom-up (IPv4, /31 /32)', async () => {
    await make(t.api, PREFIXES, { prefix: '10.0.0.0/32' });
    await make(t.api, PREFIXES, { prefix: '10.0.0.0/31' });
    await make(t.api, PREFIXES, { prefix: '10.0.0.0/8', status: 'container' });
    await make(t.api, PREFIXES, { prefix: '10.0.0.0/24', is_pool: true });
    const sibling = await make(t.api, PREFIXES, { prefix: '10.9.0.0/16' });
    expect(sibling).toMatchObject({ _depth: 1, children: 0 });
    expect(await tree('10.0.0.0/8')).toEqual({
      '10.0.0.0/8': [0, 4], '10.0.0.0/24': [1, 2], '10.0.0.0/31': [2, 1], '10.0.0.0/32': [3, 0], '10.9.0.0/16': [1, 0],
    });
  });

  it('recounts both the old and the new place when a prefix is resized', async () => {
    await make(t.api, PREFIXES, { prefix: '11.0.0.0/8' });
    const mid = await make(t.api, PREFIXES, { prefix: '11.1.0.0/16' });
    await make(t.api, PREFIXES, { prefix: '11.1.1.0/24' });
    await make(t.api, PREFIXES, { prefix: '11.2.0.0/24' });
    expect(await tree('11.0.0.0/8')).toEqual({ '11.0.0.0/8': [0, 3], '11.1.0.0/16': [1, 1], '11.1.1.0/24': [2, 0], '11.2.0.0/24': [1, 0] });
    // Widening 11.1.0.0/16 to /14 swallows 11.2.0.0/24.
    const res = await t.api.patch(`${PREFIXES}${mid.id}/`, { prefix: '11.0.0.0/14' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ prefix: '11.0.0.0/14', _depth: 1, children: 2 });
    expect(await tree('11.0.0.0/8')).toEqual({ '11.0.0.0/8': [0, 3], '11.0.0.0/14': [1, 2], '11.1.1.0/24': [2, 0], '11.2.0.0/24': [2, 0] });
    // Moving it out of the /8 altogether.
    expect((await t.api.patch(`${PREFIXES}${mid.id}/`, { prefix: '12.0.0.0/16' })).body).toMatchObject({ _depth: 0, children: 0 });
    expect(await tree('11.0.0.0/8')).toEqual({ '11.0.0.0/8': [0, 2], '11.1.1.0/24': [1, 0], '11.2.0.0/24': [1, 0] });
  });

  it('keeps each VRF a separate hierarchy and recounts both when a prefix moves VRF', async () => {
    await make(t.api, PREFIXES, { prefix: '20.0.0.0/8', status: 'container' });
    await make(t.api, PREFIXES, { prefix: '20.0.0.0/8', vrf: vrfA });
    const child = await make(t.api, PREFIXES, { prefix: '20.1.0.0/16', vrf: vrfA });
    await make(t.api, PREFIXES, { prefix: '20.1.1.0/24', vrf: vrfA });
    expect(child).toMatchObject({ _depth: 1, children: 0 });
    expect(await tree('20.0.0.0/8')).toEqual({ '20.0.0.0/8': [0, 0] });
    expect(await tree('20.0.0.0/8', vrfA)).toEqual({ '20.0.0.0/8': [0, 2], '20.1.0.0/16': [1, 1], '20.1.1.0/24': [2, 0] });
    expect((await t.api.patch(`${PREFIXES}${child.id}/`, { vrf: vrfB })).body).toMatchObject({ _depth: 0, children: 0 });
    expect(await tree('20.0.0.0/8', vrfA)).toEqual({ '20.0.0.0/8': [0, 1], '20.1.1.0/24': [1, 0] });
    expect((await t.api.patch(`${PREFIXES}${child.id}/`, { vrf: null })).body).toMatchObject({ _depth: 1, children: 0 });
    expect(await tree('20.0.0.0/8')).toEqual({ '20.0.0.0/8': [0, 1], '20.1.0.0/16': [1, 0] });
  });

  it('recounts parents and children when a prefix is deleted (single and bulk)', async () => {
    const top = await make(t.api, PREFIXES, { prefix: '30.0.0.0/8' });
    const mid = await make(t.api, PREFIXES, { prefix: '30.1.0.0/16' });
    await make(t.api, PREFIXES, { prefix: '30.1.1.0/24' });
    const leaf = await make(t.api, PREFIXES, { prefix: '30.1.1.0/25' });
    expect((await t.api.delete(`${PREFIXES}${mid.id}/`)).status).toBe(204);
    expect(await tree('30.0.0.0/8')).toEqual({ '30.0.0.0/8': [0, 2], '30.1.1.0/24': [1, 1], '30.1.1.0/25': [2, 0] });
    expect((await t.api.delete(PREFIXES, [{ id: top.id }, { id: leaf.id }])).status).toBe(204);
    expect(await tree('30.0.0.0/8')).toEqual({ '30.1.1.0/24': [0, 0] });
  });

  it('recounts when prefixes go with the site they are scoped to (database cascade)', async () => {
    const site = await make(t.api, SITES, { name: 'Doomed', slug: 'doomed' });
    await make(t.api, PREFIXES, { prefix: '31.0.0.0/8' });
    await make(t.api, PREFIXES, { prefix: '31.1.0.0/16', scope_type: 'dcim.site', scope_id: site.id });
    await make(t.api, PREFIXES, { prefix: '31.1.1.0/24' });
    expect(await tree('31.0.0.0/8')).toEqual({ '31.0.0.0/8': [0, 2], '31.1.0.0/16': [1, 1], '31.1.1.0/24': [2, 0] });
    expect((await t.api.delete(`${SITES}${site.id}/`)).status).toBe(204);
    expect(await tree('31.0.0.0/8')).toEqual({ '31.0.0.0/8': [0, 1], '31.1.1.0/24': [1, 0] });
  });

  it('stays right when nested prefixes are created concurrently', async () => {
    const nets = ['60.1.1.0/25', '60.0.0.0/8', '60.1.1.128/25', '60.1.0.0/16', '60.1.1.0/24', '60.2.0.0/16'];
    const results = await Promise.all(nets.map((prefix) => t.api.post(PREFIXES, { prefix })));
    expect(results.map((r) => r.status)).toEqual(nets.map(() => 201));
    expect(await tree('60.0.0.0/8')).toEqual({
      '60.0.0.0/8': [0, 5], '60.1.0.0/16': [1, 3], '60.1.1.0/24': [2, 2], '60.1.1.0/25': [3, 0], '60.1.1.128/25': [3, 0], '60.2.0.0/16': [1, 0],
    });
  });

  it('handles IPv6 down to /127 and /128', async () => {
    await make(t.api, PREFIXES, { prefix: '2001:db8:77::/128' });
    await make(t.api, PREFIXES, { prefix: '2001:db8::/32' });
    await make(t.api, PREFIXES, { prefix: '2001:db8:77::/127' });
    await make(t.api, PREFIXES, { prefix: '2001:db8:77::/48' });
    await make(t.api, PREFIXES, { prefix: '10.77.0.0/16' });
    expect(await tree('2001:db8::/32')).toEqual({
      '2001:db8::/32': [0, 3], '2001:db8:77::/48': [1, 2], '2001:db8:77::/127': [2, 1], '2001:db8:77::/128': [3, 0],
    });
  });

  it('does not nest duplicates inside each other (VRF without enforced uniqueness)', async () => {
    await make(t.api, PREFIXES, { prefix: '40.0.0.0/8', vrf: vrfLoose });
    await make(t.api, PREFIXES, { prefix: '40.1.0.0/16', vrf: vrfLoose });
    await make(t.api, PREFIXES, { prefix: '40.1.0.0/16', vrf: vrfLoose });
    const res = await t.api.get(`${PREFIXES}?vrf_id=${vrfLoose}&ordering=prefix`);
    expect(res.body.results.map((p: any) => [p.prefix, p._depth, p.children])).toEqual([
      ['40.0.0.0/8', 0, 2], ['40.1.0.0/16', 1, 0], ['40.1.0.0/16', 1, 0],
    ]);
  });

  it('clears host bits and refuses /0, like NetBox', async () => {
    expect((await make(t.api, PREFIXES, { prefix: '50.1.2.3/16' })).prefix).toBe('50.1.0.0/16');
    expect((await make(t.api, PREFIXES, { prefix: '2001:db8:50::1/48' })).prefix).toBe('2001:db8:50::/48');
    const zero = await t.api.post(PREFIXES, { prefix: '0.0.0.0/0' });
    expect(zero.status).toBe(400);
    expect(zero.body).toEqual({ prefix: ['Cannot create prefix with /0 mask.'] });
    const junk = await t.api.post(PREFIXES, { prefix: '50.1.2.300/16' });
    expect(junk.status).toBe(400);
    expect(Object.keys(junk.body)).toEqual(['prefix']);
  });
});
