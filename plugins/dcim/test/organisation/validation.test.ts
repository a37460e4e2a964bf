/** The organisation area's validation rules: tree uniqueness, time zones, coordinates, locations within sites. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { LOCATIONS, REGIONS, SITE_GROUPS, SITES, dcimApp, make, orgFixtures, type OrgFixtures } from './fixtures.js';

eachDatabase((database) => {
  let t: TestApp;
  let fx: OrgFixtures;
  beforeEach(async () => {
    t = await createTestApp({ ...dcimApp, database });
    fx = await orgFixtures(t);
  });
  afterEach(async () => t.close());

  describe('regions and site groups', () => {
    it('refuses a second top-level region with the same name or slug, with NetBox messages', async () => {
      const name = await t.api.post(REGIONS, { name: 'Europe', slug: 'europe-2' });
      expect(name.status).toBe(400);
      expect(name.body).toEqual({ non_field_errors: ['A top-level region with this name already exists.'] });
      const slug = await t.api.post(REGIONS, { name: 'Europa', slug: 'europe' });
      expect(slug.body).toEqual({ non_field_errors: ['A top-level region with this slug already exists.'] });
      const both = await t.api.post(REGIONS, { name: 'Europe', slug: 'europe' });
      expect(both.body).toEqual({ non_field_errors: ['A top-level region with this name already exists.', 'A top-level region with this slug already exists.'] });
    });

    it('refuses siblings with the same name or slug but allows them under other parents', async () => {
      const dup = await t.api.post(REGIONS, { name: 'Germany', slug: 'germany-2', parent: fx.regions[0] });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['Region with this Parent and Name already exists.'] });
      const dupSlug = await t.api.post(REGIONS, { name: 'Deutschland', slug: 'germany', parent: fx.regions[0] });
      expect(dupSlug.body).toEqual({ non_field_errors: ['Region with this Parent and Slug already exists.'] });
      // The same name and slug one level down, or at the root once the original moved, are fine.
      await make(t.api, REGIONS, { name: 'Germany', slug: 'germany', parent: fx.regions[1] });
      const moved = await t.api.patch(`${REGIONS}${fx.regions[1]}/`, { parent: null });
      expect(moved.status).toBe(200);
      const clash = await t.api.patch(`${REGIONS}${fx.regions[2]}/`, { parent: null, name: 'Germany' });
      expect(clash.body).toEqual({ non_field_errors: ['A top-level region with this name already exists.'] });
    });

    it('applies the same rules to site groups', async () => {
      const res = await t.api.post(SITE_GROUPS, { name: 'Corporate', slug: 'corporate' });
      expect(res.body).toEqual({ non_field_errors: ['A top-level site group with this name already exists.', 'A top-level site group with this slug already exists.'] });
      const sib = await t.api.post(SITE_GROUPS, { name: 'Offices', slug: 'offices', parent: fx.siteGroups[0] });
      expect(sib.body).toEqual({ non_field_errors: ['Site group with this Parent and Name already exists.', 'Site group with this Parent and Slug already exists.'] });
    });

    it('refuses a region as its own parent or under its own descendant', async () => {
      const self = await t.api.patch(`${REGIONS}${fx.regions[0]}/`, { parent: fx.regions[0] });
      expect(self.body).toEqual({ parent: ['Cannot assign self as parent.'] });
      const loop = await t.api.patch(`${REGIONS}${fx.regions[0]}/`, { parent: fx.regions[2] });
      expect(loop.body).toEqual({ parent: ['Cannot assign a child object as the parent.'] });
    });
  });

  describe('sites', () => {
    it('refuses duplicate names and slugs', async () => {
      const res = await t.api.post(SITES, { name: 'Frankfurt DC', slug: 'fra1' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ name: ['site with this name already exists.'], slug: ['site with this slug already exists.'] });
    });

    it('accepts IANA time zones (aliases included), stores blank as null and refuses anything else', async () => {
      for (const tz of ['America/New_York', 'UTC', 'Etc/GMT+5', 'US/Pacific', 'Europe/Kyiv', 'Asia/Calcutta']) {
        const res = await t.api.patch(`${SITES}${fx.sites[0]}/`, { time_zone: tz });
        expect(res.status, tz).toBe(200);
        expect(res.body.time_zone).toBe(tz);
      }
      const blank = await t.api.patch(`${SITES}${fx.sites[0]}/`, { time_zone: '' });
      expect(blank.body.time_zone).toBeNull();
      for (const tz of ['Mars/Olympus_Mons', 'utc', 'america/new_york', 'GMT+25', 42]) {
        const res = await t.api.patch(`${SITES}${fx.sites[0]}/`, { time_zone: tz });
        expect(res.status, String(tz)).toBe(400);
        expect(res.body).toEqual({ time_zone: ['A valid timezone is required.'] });
      }
    });

    it('checks latitude and longitude as NetBox does: digits, decimal places, then range', async () => {
      const cases: [Record<string, unknown>, Record<string, string[]>][] = [
        [{ latitude: 90.000001 }, { latitude: ['Ensure this value is less than or equal to 90.'] }],
        [{ latitude: -95 }, { latitude: ['Ensure this value is greater than or equal to -90.'] }],
        [{ latitude: 123.5 }, { latitude: ['Ensure that there are no more than 2 digits before the decimal point.'] }],
        [{ latitude: 45.1234567 }, { latitude: ['Ensure that there are no more than 8 digits in total.'] }],
        [{ latitude: 5.1234567 }, { latitude: ['Ensure that there are no more than 6 decimal places.'] }],
        [{ latitude: 'north' }, { latitude: ['A valid number is required.'] }],
        [{ longitude: 180.5 }, { longitude: ['Ensure this value is less than or equal to 180.'] }],
        [{ longitude: -181 }, { longitude: ['Ensure this value is greater than or equal to -180.'] }],
        [{ longitude: 1000 }, { longitude: ['Ensure that there are no more than 3 digits before the decimal point.'] }],
        [{ longitude: 179.1234567 }, { longitude: ['Ensure that there are no more than 9 digits in total.'] }],
        [{ latitude: 91, longitude: true }, { latitude: ['Ensure this value is less than or equal to 90.'], longitude: ['A valid number is required.'] }],
      ];
      for (const [body, errors] of cases) {
        const res = await t.api.patch(`${SITES}${fx.sites[0]}/`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body, JSON.stringify(body)).toEqual(errors);
      }
      const ok = await t.api.patch(`${SITES}${fx.sites[0]}/`, { latitude: -90, longitude: '179.999999' });
      expect(ok.status).toBe(200);
      expect([ok.body.latitude, ok.body.longitude]).toEqual([-90, 179.999999]);
      const cleared = await t.api.patch(`${SITES}${fx.sites[0]}/`, { latitude: null, longitude: null });
      expect([cleared.body.latitude, cleared.body.longitude]).toEqual([null, null]);
    });

    it('renders status with its colour and refuses unknown statuses', async () => {
      const res = await t.api.get(`${SITES}${fx.sites[1]}/`);
      expect(res.body.status).toEqual({ value: 'planned', label: 'Planned', color: 'cyan' });
      const bad = await t.api.patch(`${SITES}${fx.sites[1]}/`, { status: 'burning' });
      expect(bad.body).toEqual({ status: ['"burning" is not a valid choice.'] });
    });
  });

  describe('locations', () => {
    it('refuses a parent in another site, naming both', async () => {
      const res = await t.api.post(LOCATIONS, { name: 'Annex', slug: 'annex', site: fx.sites[0], parent: fx.locations[1] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Parent location (Building 1) must belong to the same site (Frankfurt DC).'] });
      const count = await t.api.get(`${LOCATIONS}?limit=1`);
      expect(count.body.count).toBe(3);
    });

    it('keeps names and slugs unique per site and parent, with NetBox messages', async () => {
      const root = await t.api.post(LOCATIONS, { name: 'Hall A', slug: 'hall-a', site: fx.sites[0] });
      expect(root.body).toEqual({
        non_field_errors: ['A location with this name already exists within the specified site.', 'A location with this slug already exists within the specified site.'],
      });
      const child = await t.api.post(LOCATIONS, { name: 'Floor 2', slug: 'floor-2b', site: fx.sites[1], parent: fx.locations[1] });
      expect(child.body).toEqual({ non_field_errors: ['Location with this Site, Parent and Name already exists.'] });
      // The same name in another site, or under another parent, is fine.
      await make(t.api, LOCATIONS, { name: 'Hall A', slug: 'hall-a', site: fx.sites[1] });
      await make(t.api, LOCATIONS, { name: 'Floor 2', slug: 'floor-2', site: fx.sites[1], parent: fx.locations[2] });
    });

    it('requires a site', async () => {
      const res = await t.api.post(LOCATIONS, { name: 'Floating', slug: 'floating' });
      expect(res.body).toEqual({ site: ['This field is required.'] });
    });

    it('moves descendants along when a location changes site', async () => {
      const grandchild = (await make(t.api, LOCATIONS, { name: 'Room 9', slug: 'room-9', site: fx.sites[1], parent: fx.locations[2] })).id;
      const res = await t.api.patch(`${LOCATIONS}${fx.locations[1]}/`, { site: fx.sites[2] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      for (const id of [fx.locations[2], grandchild]) {
        const child = await t.api.get(`${LOCATIONS}${id}/`);
        expect(child.body.site.id).toBe(fx.sites[2]);
      }
      // Other locations stay where they were.
      expect((await t.api.get(`${LOCATIONS}${fx.locations[0]}/`)).body.site.id).toBe(fx.sites[0]);
      const inOld = await t.api.get(`${LOCATIONS}?site_id=${fx.sites[1]}`);
      expect(inOld.body.count).toBe(0);
    });
  });
});
