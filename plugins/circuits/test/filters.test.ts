/**
 * Filters over a mix of terminating objects (region, site group, site, location, provider network)
 * and of group members (circuits and virtual circuits) — the generated contracts use one type of
 * each so their query budget holds (see fixtures.ts), so the mixed cases are checked here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { ASSIGNMENTS, CIRCUITS, PROVIDERS, TERMINATIONS, VC_TERMINATIONS, circuitsApp, world, type World } from './fixtures.js';

eachDatabase((database) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ ...circuitsApp, database });
    w = await world(t);
  });
  afterAll(async () => t.close());

  /** The ids a filtered list answers, in list order. */
  const ids = async (path: string, query: string): Promise<number[]> => {
    const res = await t.api.get(`${path}?limit=0&${query}`);
    expect(res.status, `${path}?${query} → ${JSON.stringify(res.body)}`).toBe(200);
    return res.body.results.map((o: { id: number }) => o.id);
  };

  describe('circuit terminations by their cached scope', () => {
    it('matches sites, locations, regions and site groups through what the termination attaches to', async () => {
      const [siteEnd, networkEnd, locationEnd, regionEnd, groupEnd] = w.terminations;
      // The location's termination counts at its site, and at the site's region and group.
      expect(await ids(TERMINATIONS, `site_id=${w.sites[0]}`)).toEqual([siteEnd, locationEnd]);
      expect(await ids(TERMINATIONS, `location_id=${w.location}`)).toEqual([locationEnd]);
      expect(await ids(TERMINATIONS, 'location=hall-a')).toEqual([locationEnd]);
      // europe holds germany: the region-level termination, and the two in fra1.
      expect(await ids(TERMINATIONS, `region_id=${w.regions[0]}`)).toEqual([siteEnd, locationEnd, regionEnd]);
      expect(await ids(TERMINATIONS, 'region=germany')).toEqual([siteEnd, locationEnd]);
      expect(await ids(TERMINATIONS, 'site_group=corp')).toEqual([siteEnd, locationEnd, groupEnd]);
      expect(await ids(TERMINATIONS, `provider_network_id=${w.networks[1]}`)).toEqual([networkEnd]);
      expect(await ids(TERMINATIONS, 'termination_type=dcim.region')).toEqual([regionEnd]);
    });

    it('answers 400 for unknown scope objects, as NetBox’s model choice filters do', async () => {
      const res = await t.api.get(`${TERMINATIONS}?site=atlantis`);
      expect(res.status).toBe(400);
      expect((await t.api.get(`${TERMINATIONS}?region_id=999999`)).status).toBe(400);
    });
  });

  describe('circuits and providers through their terminations', () => {
    it('finds circuits by where their terminations are', async () => {
      const [cid100, cid200, cid300] = w.circuits;
      expect(await ids(CIRCUITS, `site_id=${w.sites[0]}`)).toEqual([cid100, cid200]);
      expect(await ids(CIRCUITS, `region_id=${w.regions[0]}`)).toEqual([cid100, cid200, cid300]);
      expect(await ids(CIRCUITS, 'site_group=corp')).toEqual([cid100, cid200, cid300]);
      expect(await ids(CIRCUITS, `provider_network_id=${w.networks[1]}`)).toEqual([cid100]);
      expect(await ids(CIRCUITS, 'site__n=fra1')).toEqual([cid300]);
    });

    it('finds providers with a circuit terminating there', async () => {
      expect(await ids(PROVIDERS, 'site=fra1')).toEqual([w.providers[1]]);
      expect(await ids(PROVIDERS, `region_id=${w.regions[0]}`)).toEqual([w.providers[1], w.providers[2]]);
      expect(await ids(PROVIDERS, 'site_group=corp')).toEqual([w.providers[1], w.providers[2]]);
      expect(await ids(PROVIDERS, 'site=nyc1')).toEqual([]);
    });
  });

  describe('group assignments of circuits and virtual circuits', () => {
    it('filters members by circuit, virtual circuit and their provider', async () => {
      const [a0, a1, a2, a3] = w.assignments;
      expect(await ids(ASSIGNMENTS, `virtual_circuit_id=${w.virtualCircuits[0]}`)).toEqual([a3]);
      expect(await ids(ASSIGNMENTS, 'virtual_circuit=VC-1')).toEqual([a3]);
      // Circuit and virtual circuit ids overlap: the member type keeps them apart.
      expect(await ids(ASSIGNMENTS, `circuit_id=${w.circuits[0]}`)).toEqual([a1, a0]); // by group name: Access, Backbone
      expect((await ids(ASSIGNMENTS, `provider_id=${w.providers[1]}`)).sort()).toEqual([a0, a1, a2, a3].sort());
      expect(await ids(ASSIGNMENTS, 'provider=zayo')).toEqual([]);
      expect(await ids(ASSIGNMENTS, 'q=VC-1')).toEqual([a3]);
    });
  });

  describe('virtual circuit terminations', () => {
    it('filters by the virtual circuit’s provider, account and network', async () => {
      const [hub, spoke, peer] = w.vcTerminations;
      expect(await ids(VC_TERMINATIONS, `provider_network_id=${w.networks[1]}`)).toEqual([hub, spoke, peer]);
      expect(await ids(VC_TERMINATIONS, 'provider_account=ACC-1001')).toEqual([hub, spoke]);
      expect(await ids(VC_TERMINATIONS, `interface_id=${w.virtualInterfaces[1]}`)).toEqual([spoke]);
    });

    it('lets dcim filter interfaces by virtual circuit and by termination', async () => {
      const [hub, , peer] = w.vcTerminations;
      const v = w.virtualInterfaces;
      expect(await ids('/api/dcim/interfaces/', `virtual_circuit_id=${w.virtualCircuits[0]}`)).toEqual([v[0], v[1]]);
      expect(await ids('/api/dcim/interfaces/', `virtual_circuit_termination_id=${hub}&virtual_circuit_termination_id=${peer}`)).toEqual([v[0], v[2]]);
      expect(await ids('/api/dcim/interfaces/', `virtual_circuit_id__n=${w.virtualCircuits[0]}&type=virtual`)).toEqual([v[2], v[3], v[4], v[5]]);
    });
  });
});
