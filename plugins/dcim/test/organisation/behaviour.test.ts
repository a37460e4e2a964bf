/** The organisation area's behaviour: delete rules, subtree filters and counts, site moves carrying racks along, the widget. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { LOCATIONS, REGIONS, SITE_GROUPS, SITES, TENANTS, dcimApp, make, orgFixtures, type OrgFixtures } from './fixtures.js';

const RACKS = '/api/dcim/racks/';
const DEVICES = '/api/dcim/devices/';

/** A rack in a location of a site, and a device in that rack. */
async function rackWithDevice(t: TestApp, site: number, location: number, name: string): Promise<{ rack: number; device: number }> {
  const rack = (await make(t.api, RACKS, { name, site, location })).id;
  const manufacturer = (await make(t.api, '/api/dcim/manufacturers/', { name: `Maker ${name}`, slug: `maker-${name}` })).id;
  const type = (await make(t.api, '/api/dcim/device-types/', { manufacturer, model: `Model ${name}`, slug: `model-${name}` })).id;
  const role = (await make(t.api, '/api/dcim/device-roles/', { name: `Role ${name}`, slug: `role-${name}` })).id;
  const device = (await make(t.api, DEVICES, { name: `dev-${name}`, device_type: type, role, site, location, rack })).id;
  return { rack, device };
}

eachDatabase((database) => {
  let t: TestApp;
  let fx: OrgFixtures;
  beforeEach(async () => {
    t = await createTestApp({ ...dcimApp, database });
    fx = await orgFixtures(t);
  });
  afterEach(async () => t.close());

  describe('deleting', () => {
    it('a region deletes its subtree and leaves their sites without a region (SET_NULL)', async () => {
      const res = await t.api.delete(`${REGIONS}${fx.regions[1]}/`);
      expect(res.status).toBe(204);
      expect((await t.api.get(`${REGIONS}${fx.regions[2]}/`)).status).toBe(404);
      const sites = await t.api.get(`${SITES}?ordering=slug`);
      expect(sites.body.results.map((s: any) => [s.slug, s.region?.slug ?? null])).toEqual([['ber1', null], ['fra1', 'europe'], ['muc1', null]]);
      const logged = await t.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}&action=delete`);
      expect(logged.body.results.map((c: any) => c.changed_object_id).sort()).toEqual([fx.regions[1], fx.regions[2]].sort());
    });

    it('a site group leaves its sites ungrouped', async () => {
      expect((await t.api.delete(`${SITE_GROUPS}${fx.siteGroups[0]}/`)).status).toBe(204);
      const sites = await t.api.get(`${SITES}?group_id=null`);
      expect(sites.body.count).toBe(3);
    });

    it('a tenant with sites or locations is protected (409), and nothing is deleted', async () => {
      const res = await t.api.delete(`${TENANTS}${fx.tenants[0]}/`);
      expect(res.status).toBe(409);
      expect(res.body.detail).toMatch(/sites \(1\)/);
      expect((await t.api.get(`${TENANTS}${fx.tenants[0]}/`)).status).toBe(200);
    });

    it('a site deletes its locations (CASCADE), each with a change record', async () => {
      const res = await t.api.delete(`${SITES}${fx.sites[1]}/`);
      expect(res.status).toBe(204);
      expect((await t.api.get(`${LOCATIONS}?limit=0`)).body.results.map((l: any) => l.id)).toEqual([fx.locations[0]]);
      const logged = await t.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}&changed_object_type=dcim.location`);
      expect(logged.body.count).toBe(2);
    });

    it('a site with racks is protected (409)', async () => {
      await make(t.api, RACKS, { name: 'R1', site: fx.sites[2] });
      const res = await t.api.delete(`${SITES}${fx.sites[2]}/`);
      expect(res.status).toBe(409);
      expect((await t.api.get(`${SITES}${fx.sites[2]}/`)).status).toBe(200);
    });
  });

  describe('trees', () => {
    it('counts the sites of a whole subtree on regions and site groups, also in brief and nested forms', async () => {
      const regions = await t.api.get(`${REGIONS}?limit=0`);
      const counts = Object.fromEntries(regions.body.results.map((r: any) => [r.slug, [r.site_count, r._depth]]));
      expect(counts).toEqual({ antarctica: [0, 0], europe: [3, 0], germany: [2, 1], berlin: [1, 2] });
      const brief = await t.api.get(`${SITE_GROUPS}?brief=true&slug=offices`);
      expect(brief.body.results[0]).toMatchObject({ slug: 'offices', site_count: 2, _depth: 1 });
      const site = await t.api.get(`${SITES}${fx.sites[1]}/`);
      expect(site.body.region).toMatchObject({ id: fx.regions[1], slug: 'germany', site_count: 2, _depth: 1 });
      expect(site.body.group).toMatchObject({ id: fx.siteGroups[1], site_count: 2 });
    });

    it('filters sites by a region or group subtree, and by objects without one', async () => {
      const ids = async (q: string) => (await t.api.get(`${SITES}?${q}`)).body.results.map((s: any) => s.id).sort();
      expect(await ids(`region_id=${fx.regions[0]}`)).toEqual([...fx.sites].sort());
      expect(await ids('region=germany&region=berlin')).toEqual([fx.sites[1], fx.sites[2]].sort());
      expect(await ids(`group_id=${fx.siteGroups[2]}`)).toEqual([fx.sites[2]]);
      const lone = (await make(t.api, SITES, { name: 'Nowhere', slug: 'nowhere' })).id;
      expect(await ids('region_id=null')).toEqual([lone]);
      expect(await ids(`region_id=null&region_id=${fx.regions[2]}`)).toEqual([fx.sites[2], lone].sort());
    });

    it('scopes locations through their site: region and site group subtrees, null, unknown values', async () => {
      const ids = async (q: string) => (await t.api.get(`${LOCATIONS}?${q}`)).body.results.map((l: any) => l.id).sort();
      expect(await ids(`region_id=${fx.regions[1]}`)).toEqual([fx.locations[1], fx.locations[2]].sort());
      expect(await ids(`site_group=offices`)).toEqual([fx.locations[1], fx.locations[2]].sort());
      expect(await ids(`site_group_id__n=${fx.siteGroups[1]}`)).toEqual([fx.locations[0]]);
      const lone = (await make(t.api, SITES, { name: 'Nowhere', slug: 'nowhere' })).id;
      const loc = (await make(t.api, LOCATIONS, { name: 'Shed', slug: 'shed', site: lone })).id;
      expect(await ids('region_id=null')).toEqual([loc]);
      const bad = await t.api.get(`${LOCATIONS}?region=atlantis`);
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ region: ['Select a valid choice. atlantis is not one of the available choices.'] });
      const badId = await t.api.get(`${LOCATIONS}?site_group_id=999999`);
      expect(badId.body).toEqual({ site_group_id: ['Select a valid choice. 999999 is not one of the available choices.'] });
    });

    it('scopes racks with the same site-scope filters', async () => {
      const rack = (await make(t.api, RACKS, { name: 'R9', site: fx.sites[2] })).id;
      const res = await t.api.get(`${RACKS}?region_id=${fx.regions[0]}&site_group=small-offices`);
      expect(res.body.results.map((r: any) => r.id)).toEqual([rack]);
      expect((await t.api.get(`${RACKS}?region=europe&site=fra1`)).body.count).toBe(0);
    });
  });

  describe('racks and devices', () => {
    it('counts racks and devices per site and, cumulatively, per location', async () => {
      await rackWithDevice(t, fx.sites[1], fx.locations[2], 'a');
      const location = await t.api.get(`${LOCATIONS}${fx.locations[1]}/`);
      expect([location.body.rack_count, location.body.device_count]).toEqual([1, 1]);
      const child = await t.api.get(`${LOCATIONS}${fx.locations[2]}/`);
      expect([child.body.rack_count, child.body.device_count]).toEqual([1, 1]);
      const other = await t.api.get(`${LOCATIONS}${fx.locations[0]}/`);
      expect([other.body.rack_count, other.body.device_count]).toEqual([0, 0]);
      const site = await t.api.get(`${SITES}${fx.sites[1]}/`);
      expect([site.body.rack_count, site.body.device_count]).toEqual([1, 1]);
    });

    it('moving a location to another site carries the racks and devices in its subtree along', async () => {
      const { rack, device } = await rackWithDevice(t, fx.sites[1], fx.locations[2], 'b');
      const res = await t.api.patch(`${LOCATIONS}${fx.locations[1]}/`, { site: fx.sites[0] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect((await t.api.get(`${RACKS}${rack}/`)).body.site.id).toBe(fx.sites[0]);
      expect((await t.api.get(`${DEVICES}${device}/`)).body.site.id).toBe(fx.sites[0]);
      expect((await t.api.get(`${LOCATIONS}${fx.locations[2]}/`)).body.site.id).toBe(fx.sites[0]);
    });

    it('a location holding devices, itself or below, cannot be deleted (409); one holding only racks can', async () => {
      await rackWithDevice(t, fx.sites[1], fx.locations[2], 'c');
      const res = await t.api.delete(`${LOCATIONS}${fx.locations[1]}/`);
      expect(res.status).toBe(409);
      expect((await t.api.get(`${LOCATIONS}${fx.locations[2]}/`)).status).toBe(200);
      const rack = (await make(t.api, RACKS, { name: 'R-hall', site: fx.sites[0], location: fx.locations[0] })).id;
      expect((await t.api.delete(`${LOCATIONS}${fx.locations[0]}/`)).status).toBe(204);
      expect((await t.api.get(`${RACKS}${rack}/`)).body.location).toBeNull();
    });
  });

  it('offers a DCIM object-counts widget', async () => {
    const widget = t.patchbay.registry.widgets.get('dcim.ObjectCounts')!;
    expect(widget.config).toEqual({ models: ['dcim.site', 'dcim.location', 'dcim.rack', 'dcim.device', 'dcim.devicetype', 'dcim.manufacturer'] });
    const data = await widget.data({ db: t.knex, config: { models: ['dcim.site', 'dcim.region', 'dcim.location', 'nope.nothing'] } });
    expect(data).toEqual({
      counts: [
        { model: 'dcim.site', name: 'sites', count: 3 },
        { model: 'dcim.region', name: 'regions', count: 4 },
        { model: 'dcim.location', name: 'locations', count: 3 },
      ],
    });
  });
});
