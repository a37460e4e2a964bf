/**
 * `?ordering=site` / `-site` on a dcim list orders by the site's own ordering (its name), as
 * Django follows a foreign key to the target's Meta.ordering; `?ordering=rack` puts devices
 * without a rack last ascending and first descending (PostgreSQL's placement, as NetBox emits it).
 * Interfaces and racks follow their device's / site's ordering by default, as NetBox's do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { API, DEVICES, catalog, dcimApp, make, type Catalog } from './fixtures.js';

eachDatabase((database) => {
  let t: TestApp;
  let c: Catalog;
  const id: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestApp({ ...dcimApp, database });
    c = await catalog(t);
    // "Site 1…3" come from the catalog; "Annex" is created last but named first.
    const annex = (await make(t.api, `${API}/sites/`, { name: 'Annex', slug: 'annex', status: 'active' })).id;
    const sites = [...c.sites, annex];
    for (const [name, site, rack] of [['a', 2, false], ['b', 3, false], ['c', 0, true], ['d', 1, false], ['e', 0, false]] as const)
      id[name] = (await make(t.api, DEVICES, { name, role: c.role, device_type: c.types.u0, status: 'active', site: sites[site], ...(rack ? { rack: c.rack } : {}) })).id;
    // Interfaces created against device-name order; a rack at the site named first, created last.
    for (const [device, name] of [['e', 'eth1'], ['b', 'eth2'], ['a', 'eth10'], ['a', 'eth9']] as const)
      await make(t.api, `${API}/interfaces/`, { device: id[device], name, type: 'virtual' });
    await make(t.api, `${API}/racks/`, { name: 'R0', site: annex, status: 'active', u_height: 42 });
  });
  afterAll(async () => t?.close());

  const names = async (query: string) => ((await t.api.get(`${DEVICES}?limit=0&${query}`)).body.results as { name: string }[]).map((d) => d.name);

  describe('default orderings that follow relations', () => {
    it('lists interfaces by device name, then natural name (NetBox: device, _name)', async () => {
      const rows = (await t.api.get(`${API}/interfaces/?limit=0`)).body.results as { device: { name: string }; name: string }[];
      expect(rows.map((r) => `${r.device.name}:${r.name}`)).toEqual(['a:eth9', 'a:eth10', 'b:eth2', 'e:eth1']);
    });

    it('lists racks by site name, location, name', async () => {
      const rows = (await t.api.get(`${API}/racks/?limit=0`)).body.results as { name: string }[];
      expect(rows.map((r) => r.name)).toEqual(['R0', 'R1']);
    });
  });

  describe('ordering devices by related objects', () => {
    it('?ordering=site orders by the site’s name; -site reverses it', async () => {
      expect(await names('ordering=site,name')).toEqual(['b', 'c', 'e', 'd', 'a']);
      expect(await names('ordering=-site,name')).toEqual(['a', 'd', 'c', 'e', 'b']);
    });

    it('?ordering=rack puts devices without a rack last, -rack first', async () => {
      expect(await names('ordering=rack,name')).toEqual(['c', 'a', 'b', 'd', 'e']);
      expect(await names('ordering=-rack,name')).toEqual(['a', 'b', 'd', 'e', 'c']);
    });
  });
});
