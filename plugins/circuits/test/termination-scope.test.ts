/**
 * A circuit termination's cache (NetBox's CircuitTermination.cache_related_objects) is dcim's
 * cached scope under the name `termination`: what each terminating object caches, re-caching on
 * retarget (to and from a provider network), following sites and locations that move, and the
 * deletes NetBox's on_delete rules give (CASCADE for region, site group, site, location; PROTECT
 * for the provider network).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { refreshScope } from '@patchbay/plugin-dcim';
import { CircuitTermination } from '../src/index.js';
import { CIRCUITS, NETWORKS, TERMINATIONS, circuitsApp, make, world, type World } from './fixtures.js';

const COLUMNS = ['_region_id', '_site_group_id', '_site_id', '_location_id', '_provider_network_id'] as const;
const NONE = Object.fromEntries(COLUMNS.map((c) => [c, null]));

eachDatabase((database) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ ...circuitsApp, database });
    w = await world(t);
  });
  afterAll(async () => t?.close());

  const cache = async (id: number) => t.knex(CircuitTermination.tableName).select(...COLUMNS).where({ id }).first();
  let next = 0;
  /** A termination on a new circuit of its own, attached to `type` / `id`. */
  const termination = async (type: string, id: number) => {
    const circuit = await make(t.api, CIRCUITS, { cid: `SCOPE-${++next}`, provider: w.providers[1], type: w.circuitTypes[1] });
    return (await make(t.api, TERMINATIONS, { circuit: circuit.id, term_side: 'A', termination_type: type, termination_id: id })).id as number;
  };
  const changeCount = async (id: number, action: string) =>
    (await t.api.get(`/api/core/object-changes/?changed_object_type=circuits.circuittermination&changed_object_id=${id}&action=${action}`)).body.count;

  describe('the cache of each kind of terminating object', () => {
    it('holds what the region, site group, site, location or provider network stands for', async () => {
      const [siteEnd, networkEnd, locationEnd, regionEnd, groupEnd] = w.terminations as [number, number, number, number, number];
      const [europe, germany] = w.regions as [number, number];
      const [fra1] = w.sites as [number];
      const corp = w.siteGroups[0]!;
      expect(await cache(siteEnd)).toEqual({ ...NONE, _region_id: germany, _site_group_id: corp, _site_id: fra1 });
      expect(await cache(networkEnd)).toEqual({ ...NONE, _provider_network_id: w.networks[1] });
      expect(await cache(locationEnd)).toEqual({ ...NONE, _region_id: germany, _site_group_id: corp, _site_id: fra1, _location_id: w.location });
      expect(await cache(regionEnd)).toEqual({ ...NONE, _region_id: europe });
      expect(await cache(groupEnd)).toEqual({ ...NONE, _site_group_id: corp });
    });

    it('is derived again on retarget, to and from a provider network, and not on other edits', async () => {
      const id = await termination('circuits.providernetwork', w.networks[2]!);
      expect((await t.api.patch(`${TERMINATIONS}${id}/`, { termination_type: 'dcim.site', termination_id: w.sites[1] })).status).toBe(200);
      expect(await cache(id)).toEqual({ ...NONE, _region_id: w.regions[1], _site_id: w.sites[1] });
      expect((await t.api.patch(`${TERMINATIONS}${id}/`, { termination_type: 'circuits.providernetwork', termination_id: w.networks[2] })).status).toBe(200);
      expect(await cache(id)).toEqual({ ...NONE, _provider_network_id: w.networks[2] });
      // dcim's refresh is the one that computes it: a damaged cache comes back whole.
      await t.knex(CircuitTermination.tableName).where({ id }).update({ _provider_network_id: null, _site_id: w.sites[0] });
      await refreshScope(t.knex, CircuitTermination, { id });
      expect(await cache(id)).toEqual({ ...NONE, _provider_network_id: w.networks[2] });
    });
  });

  describe('following what moves', () => {
    it('follows a site that changes group and region, and a child location whose parent moves site', async () => {
      const site = await make(t.api, '/api/dcim/sites/', { name: 'Berlin', slug: 'ber1', region: w.regions[1] });
      const hall = await make(t.api, '/api/dcim/locations/', { name: 'Hall B', slug: 'hall-b', site: site.id });
      const cage = await make(t.api, '/api/dcim/locations/', { name: 'Cage B', slug: 'cage-b', site: site.id, parent: hall.id });
      const atSite = await termination('dcim.site', site.id);
      const inCage = await termination('dcim.location', cage.id);
      expect((await t.api.patch(`/api/dcim/sites/${site.id}/`, { group: w.siteGroups[0], region: w.regions[0] })).status).toBe(200);
      expect(await cache(atSite)).toEqual({ ...NONE, _region_id: w.regions[0], _site_group_id: w.siteGroups[0], _site_id: site.id });
      expect(await cache(inCage)).toMatchObject({ _region_id: w.regions[0], _site_group_id: w.siteGroups[0] });

      // nyc1 has no region or group: the cage's termination leaves them behind with the old site.
      expect((await t.api.patch(`/api/dcim/locations/${hall.id}/`, { site: w.sites[2] })).status).toBe(200);
      expect(await cache(inCage)).toEqual({ ...NONE, _site_id: w.sites[2], _location_id: cage.id });
      expect(await cache(atSite)).toMatchObject({ _site_id: site.id });
      const atNyc = (await t.api.get(`${TERMINATIONS}?location_id=${hall.id}`)).body.results.map((r: { id: number }) => r.id);
      expect(atNyc).toEqual([inCage]);
    });
  });

  describe('deleting what a termination is cached under', () => {
    it('takes the terminations in a deleted region with it, each with a change record (NetBox: CASCADE)', async () => {
      const nordics = await make(t.api, '/api/dcim/regions/', { name: 'Nordics', slug: 'nordics' });
      const site = await make(t.api, '/api/dcim/sites/', { name: 'Oslo', slug: 'osl1', region: nordics.id });
      const atRegion = await termination('dcim.region', nordics.id);
      const atSite = await termination('dcim.site', site.id);
      expect((await t.api.delete(`/api/dcim/regions/${nordics.id}/`)).status).toBe(204);
      for (const id of [atRegion, atSite]) {
        expect((await t.api.get(`${TERMINATIONS}${id}/`)).status).toBe(404);
        expect(await changeCount(id, 'delete')).toBe(1);
      }
      expect((await t.api.get(`/api/dcim/sites/${site.id}/`)).body.region).toBeNull();
    });

    it('takes the terminations in a deleted site group with it', async () => {
      const group = await make(t.api, '/api/dcim/site-groups/', { name: 'Edge', slug: 'edge' });
      const site = await make(t.api, '/api/dcim/sites/', { name: 'Edge 1', slug: 'edge-1', group: group.id });
      const atGroup = await termination('dcim.sitegroup', group.id);
      const atSite = await termination('dcim.site', site.id);
      expect((await t.api.delete(`/api/dcim/site-groups/${group.id}/`)).status).toBe(204);
      for (const id of [atGroup, atSite]) expect((await t.api.get(`${TERMINATIONS}${id}/`)).status).toBe(404);
    });

    it('protects a provider network a termination is cached under, until it is retargeted', async () => {
      const network = await make(t.api, NETWORKS, { provider: w.providers[0], name: 'Short net' });
      const id = await termination('circuits.providernetwork', network.id);
      expect((await t.api.delete(`${NETWORKS}${network.id}/`)).status).toBe(409);
      expect((await t.api.patch(`${TERMINATIONS}${id}/`, { termination_type: 'dcim.site', termination_id: w.sites[2] })).status).toBe(200);
      expect((await t.api.delete(`${NETWORKS}${network.id}/`)).status).toBe(204);
      expect(await cache(id)).toEqual({ ...NONE, _site_id: w.sites[2] });
    });
  });
});
