/**
 * Unknown filter parameters: 400 `{"<param>": ["Unknown filter."]}` by default (a typo must not
 * match everything), ignored with STRICT_FILTERS=false (NetBox's behaviour), while malformed
 * values of known filters and the list controls answer 400 either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, LISTS, RULES } from '../api/acl-world.js';
import { ask, seedAclFixture, type AclFixture } from './acl-fixture.js';

describe('strict filters (the default)', () => {
  let t: TestApp;
  let fx: AclFixture;
  beforeAll(async () => {
    t = await createAclApp();
    fx = await seedAclFixture(t);
  });
  afterAll(async () => t?.close());

  it('an unknown parameter answers 400 naming it', async () => {
    const res = await t.api.get(`${LISTS}?x=1`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ x: ['Unknown filter.'] });
  });

  it('every unknown parameter is named, alongside malformed known ones', async () => {
    const res = await t.api.get(`${RULES}?nme=a&site_id=1&index=abc&tag=x`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ nme: ['Unknown filter.'], site_id: ['Unknown filter.'], index: ['Enter a whole number.'], tag: ['Unknown filter.'] });
  });

  it('a typo in a bulk-delete style query changes nothing and lists nothing', async () => {
    const res = await t.api.get(`${RULES}?acces_list_id=${fx.lists.edge}`);
    expect(res.status).toBe(400);
  });

  it('the list controls are always known', async () => {
    const res = await t.api.get(`${LISTS}?limit=2&offset=1&ordering=-name&brief=1&fields=id,name&omit=url&exclude=url&format=json&q=a`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe('STRICT_FILTERS=false', () => {
  let t: TestApp;
  let fx: AclFixture;
  beforeAll(async () => {
    t = await createAclApp({ config: { strictFilters: false } });
    fx = await seedAclFixture(t);
  });
  afterAll(async () => t?.close());

  it('ignores unknown parameters (NetBox: a typo matches everything)', async () => {
    const res = await ask(t, fx, `${LISTS}?x=1&nme=Beta`);
    expect(res.status).toBe(200);
    expect(res.names).toEqual(['beta', 'core', 'edge', 'gamma']);
    expect((await ask(t, fx, `${LISTS}?x=1&name=Beta`)).names).toEqual(['beta']);
    expect((await ask(t, fx, `${LISTS}?name__gt=Beta`)).names).toHaveLength(4);
  });

  it('still answers 400 for malformed values of known filters and controls', async () => {
    expect((await t.api.get(`${LISTS}?id=abc&x=1`)).body).toEqual({ id: ['Enter a whole number.'] });
    expect((await t.api.get(`${LISTS}?type=bogus`)).status).toBe(400);
    expect((await t.api.get(`${LISTS}?limit=-1`)).body).toEqual({ limit: ['A valid integer is required.'] });
  });
});
