/**
 * Power panel and power feed rules through HTTP: NetBox's PowerPanel.clean() and PowerFeed.clean(),
 * field validation, unique names, defaults, the cached available power, delete protection (409),
 * the uncabled cable fields, the feed counts on panels and racks, and the contact filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { FEEDS, LOCATIONS, PANELS, RACKS, SITES, TENANTS, make, powerApp, powerPlaces, type PowerPlaces } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let p: PowerPlaces;
  let seq = 0;
  const name = (prefix: string) => `${prefix} ${++seq}`;
  beforeAll(async () => {
    app = await createTestApp({ ...powerApp, database });
    p = await powerPlaces(app);
  });
  afterAll(async () => app?.close());

  /** A write that must answer 400 with exactly these errors and leave the list unchanged. */
  const refuse = async (path: string, body: Record<string, unknown>, errors: Record<string, string[]>) => {
    const before = (await app.api.get(path)).body.count;
    const res = await app.api.post(path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
    expect((await app.api.get(path)).body.count).toBe(before);
  };
  /** The stored row, for the columns the API does not show. */
  const row = (table: string, id: number) => app.knex(table).where('id', id).first();

  describe('power panels', () => {
    it('refuses a location of another site, with NetBox\'s message', async () => {
      await refuse(PANELS, { name: name('Panel'), site: p.sites[1], location: p.locations[0] },
        { non_field_errors: ['Location Location 1 (Site 1) is in a different site than Site 2'] });
      const res = await app.api.patch(`${PANELS}${p.panels[0]}/`, { site: p.sites[2] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Location Location 1 (Site 1) is in a different site than Site 3'] });
    });
    it('requires a site and a name', async () => {
      await refuse(PANELS, { name: name('Panel') }, { site: ['This field is required.'] });
      await refuse(PANELS, { site: p.sites[0] }, { name: ['This field is required.'] });
    });
    it('keeps names unique within a site only', async () => {
      await refuse(PANELS, { name: 'Panel 1', site: p.sites[0] }, { non_field_errors: ['The fields site, name must make a unique set.'] });
      const other = await make(app.api, PANELS, { name: 'Panel 1', site: p.sites[1] });
      expect(other.display).toBe('Panel 1');
      expect(other.powerfeed_count).toBe(0);
    });
    it('follows its location to another site', async () => {
      const site = await make(app.api, SITES, { name: name('Far site'), slug: `far-site-${seq}` });
      const location = await make(app.api, LOCATIONS, { name: name('Room'), slug: `room-${seq}`, site: p.sites[0] });
      const panel = await make(app.api, PANELS, { name: name('Panel'), site: p.sites[0], location: location.id });
      expect((await app.api.patch(`${LOCATIONS}${location.id}/`, { site: site.id })).status).toBe(200);
      expect((await app.api.get(`${PANELS}${panel.id}/`)).body.site.id).toBe(site.id);
      const child = await make(app.api, LOCATIONS, { name: name('Room'), slug: `room-${seq}`, site: site.id, parent: location.id });
      const inner = await make(app.api, PANELS, { name: name('Panel'), site: site.id, location: child.id });
      expect((await app.api.patch(`${LOCATIONS}${location.id}/`, { site: p.sites[1] })).status).toBe(200);
      expect((await app.api.get(`${PANELS}${inner.id}/`)).body.site.id).toBe(p.sites[1]);
    });
    it('protects a panel with feeds, and the site and location of a panel (409)', async () => {
      const location = await make(app.api, LOCATIONS, { name: name('Room'), slug: `room-${seq}`, site: p.sites[2] });
      const panel = await make(app.api, PANELS, { name: name('Panel'), site: p.sites[2], location: location.id });
      const feed = await make(app.api, FEEDS, { power_panel: panel.id, name: 'F' });
      expect((await app.api.delete(`${PANELS}${panel.id}/`)).status).toBe(409);
      expect((await app.api.get(`${PANELS}${panel.id}/`)).status).toBe(200);
      expect((await app.api.delete(`${LOCATIONS}${location.id}/`)).status).toBe(409);
      expect((await app.api.delete(`${SITES}${p.sites[2]}/`)).status).toBe(409);
      expect((await app.api.delete(`${FEEDS}${feed.id}/`)).status).toBe(204);
      expect((await app.api.delete(`${PANELS}${panel.id}/`)).status).toBe(204);
      expect((await app.api.delete(`${LOCATIONS}${location.id}/`)).status).toBe(204);
    });
    it('counts its feeds, in full and brief forms', async () => {
      const panel = await make(app.api, PANELS, { name: name('Panel'), site: p.sites[1] });
      await make(app.api, FEEDS, { power_panel: panel.id, name: 'A' });
      await make(app.api, FEEDS, { power_panel: panel.id, name: 'B' });
      expect((await app.api.get(`${PANELS}${panel.id}/`)).body.powerfeed_count).toBe(2);
      expect((await app.api.get(`${PANELS}${panel.id}/?brief=1`)).body).toMatchObject({ name: panel.name, powerfeed_count: 2 });
    });
    it('filters by assigned contacts', async () => {
      const group = await make(app.api, '/api/tenancy/contact-groups/', { name: 'Facilities', slug: 'facilities' });
      const role = await make(app.api, '/api/tenancy/contact-roles/', { name: 'Electrician', slug: 'electrician' });
      const contact = await make(app.api, '/api/tenancy/contacts/', { name: 'Sparky', group: group.id });
      await make(app.api, '/api/tenancy/contact-assignments/', { object_type: 'dcim.powerpanel', object_id: p.panels[1], contact: contact.id, role: role.id });
      for (const q of [`contact=${contact.id}`, `contact_role=${role.id}`, `contact_group=${group.id}`]) {
        const res = await app.api.get(`${PANELS}?${q}`);
        expect(res.status).toBe(200);
        expect(res.body.results.map((r: { id: number }) => r.id)).toEqual([p.panels[1]]);
      }
    });
  });

  it('declares search indexes with NetBox\'s weights', () => {
    const { searchIndexes } = app.patchbay.registry;
    expect(searchIndexes.require('dcim.powerpanel').fields).toEqual({ name: 100, description: 500, comments: 5000 });
    expect(searchIndexes.require('dcim.powerpanel').display).toEqual(['site', 'location', 'description']);
    expect(searchIndexes.require('dcim.powerfeed').fields).toEqual({ name: 100, description: 500, comments: 5000 });
    expect(searchIndexes.require('dcim.powerfeed').display).toEqual(['power_panel', 'rack', 'status', 'description']);
  });

  describe('power feeds', () => {
    it('refuses a rack of another site than the panel\'s, with NetBox\'s message', async () => {
      await refuse(FEEDS, { power_panel: p.panels[0], rack: p.racks[1], name: name('Feed') },
        { non_field_errors: ['Rack Rack 2 (Site 2) and power panel Panel 1 (Site 1) are in different sites.'] });
      const feed = await make(app.api, FEEDS, { power_panel: p.panels[1], rack: p.racks[1], name: name('Feed') });
      const res = await app.api.patch(`${FEEDS}${feed.id}/`, { power_panel: p.panels[2] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Rack Rack 2 (Site 2) and power panel Panel 3 (Site 3) are in different sites.'] });
    });
    it('refuses a negative voltage for AC only, and a zero voltage always', async () => {
      await refuse(FEEDS, { power_panel: p.panels[0], name: name('Feed'), voltage: -48 }, { voltage: ['Voltage cannot be negative for AC supply'] });
      await refuse(FEEDS, { power_panel: p.panels[0], name: name('Feed'), voltage: 0, supply: 'dc' }, { voltage: ['This value may not be 0.'] });
      const dc = await make(app.api, FEEDS, { power_panel: p.panels[0], name: name('Feed'), voltage: -48, supply: 'dc' });
      expect(dc.voltage).toBe(-48);
      const res = await app.api.patch(`${FEEDS}${dc.id}/`, { supply: 'ac' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ voltage: ['Voltage cannot be negative for AC supply'] });
    });
    it('bounds amperage, utilisation and voltage', async () => {
      const feed = { power_panel: p.panels[0], name: name('Feed') };
      await refuse(FEEDS, { ...feed, amperage: 0 }, { amperage: ['Ensure this value is greater than or equal to 1.'] });
      await refuse(FEEDS, { ...feed, max_utilization: 0 }, { max_utilization: ['Ensure this value is greater than or equal to 1.'] });
      await refuse(FEEDS, { ...feed, max_utilization: 101 }, { max_utilization: ['Ensure this value is less than or equal to 100.'] });
      await refuse(FEEDS, { ...feed, voltage: 40000 }, { voltage: ['Ensure this value is less than or equal to 32767.'] });
      await refuse(FEEDS, { ...feed, status: 'lit' }, { status: ['"lit" is not a valid choice.'] });
    });
    it('requires a panel and a name, unique within the panel', async () => {
      await refuse(FEEDS, { name: name('Feed') }, { power_panel: ['This field is required.'] });
      await refuse(FEEDS, { power_panel: p.panels[0] }, { name: ['This field is required.'] });
      const first = await make(app.api, FEEDS, { power_panel: p.panels[0], name: 'Twin' });
      await refuse(FEEDS, { power_panel: p.panels[0], name: 'Twin' }, { non_field_errors: ['The fields power_panel, name must make a unique set.'] });
      const twin = await make(app.api, FEEDS, { power_panel: p.panels[1], name: 'Twin' });
      expect(twin.id).not.toBe(first.id);
    });
    it('takes NetBox\'s defaults and shows an uncabled feed', async () => {
      const feed = await make(app.api, FEEDS, { power_panel: p.panels[0], name: name('Feed') });
      expect(feed).toMatchObject({
        status: { value: 'active', label: 'Active' },
        type: { value: 'primary', label: 'Primary' },
        supply: { value: 'ac', label: 'AC' },
        phase: { value: 'single-phase', label: 'Single phase' },
        voltage: 120, amperage: 20, max_utilization: 80, mark_connected: false, rack: null, tenant: null,
        cable: null, cable_end: '', link_peers: [], link_peers_type: null,
        connected_endpoints: null, connected_endpoints_type: null, connected_endpoints_reachable: null, _occupied: false,
      });
      expect(feed).not.toHaveProperty('available_power');
      const marked = await app.api.patch(`${FEEDS}${feed.id}/`, { mark_connected: true });
      expect(marked.body._occupied).toBe(true);
    });
    it('caches the available power as NetBox does (× 1.732 for three-phase), and recomputes it on change', async () => {
      const feed = await make(app.api, FEEDS, { power_panel: p.panels[0], name: name('Feed') });
      expect((await row('dcim_powerfeed', feed.id)).available_power).toBe(1920); // 120 × 20 × 0.8
      await app.api.patch(`${FEEDS}${feed.id}/`, { phase: 'three-phase', voltage: 400, amperage: 32, max_utilization: 90 });
      expect((await row('dcim_powerfeed', feed.id)).available_power).toBe(19953); // round(400 × 32 × 0.9 × 1.732)
      const dc = await make(app.api, FEEDS, { power_panel: p.panels[0], name: name('Feed'), supply: 'dc', voltage: -48, amperage: 50, max_utilization: 100 });
      expect((await row('dcim_powerfeed', dc.id)).available_power).toBe(2400); // |−48| × 50
      const res = await app.api.get(`${FEEDS}?available_power=19953`);
      expect(res.body.results.map((r: { id: number }) => r.id)).toEqual([feed.id]);
    });
    it('protects a rack with feeds (409) and counts feeds on racks', async () => {
      const rack = await make(app.api, RACKS, { name: name('Rack'), site: p.sites[0] });
      expect(rack.powerfeed_count).toBe(0);
      const feeds = [
        await make(app.api, FEEDS, { power_panel: p.panels[0], rack: rack.id, name: name('Feed') }),
        await make(app.api, FEEDS, { power_panel: p.panels[0], rack: rack.id, name: name('Feed') }),
      ];
      expect((await app.api.get(`${RACKS}${rack.id}/`)).body.powerfeed_count).toBe(2);
      const listed = (await app.api.get(`${RACKS}?id=${rack.id}&id=${p.racks[2]}`)).body.results;
      expect(listed.map((r: { powerfeed_count: number }) => r.powerfeed_count).sort()).toEqual([0, 2]);
      expect((await app.api.delete(`${RACKS}${rack.id}/`)).status).toBe(409);
      const tenant = await make(app.api, TENANTS, { name: name('Tenant'), slug: `tenant-x-${seq}` });
      expect((await app.api.patch(`${FEEDS}${feeds[0].id}/`, { tenant: tenant.id })).status).toBe(200);
      expect((await app.api.delete(`${TENANTS}${tenant.id}/`)).status).toBe(409);
      for (const f of feeds) expect((await app.api.delete(`${FEEDS}${f.id}/`)).status).toBe(204);
      expect((await app.api.delete(`${RACKS}${rack.id}/`)).status).toBe(204);
    });
    it('refuses a tenant or panel that does not exist', async () => {
      await refuse(FEEDS, { power_panel: p.panels[0], name: name('Feed'), tenant: 999999 }, { tenant: ['Related object not found using the provided numeric ID: 999999'] });
      await refuse(FEEDS, { power_panel: 999999, name: name('Feed') }, { power_panel: ['Related object not found using the provided numeric ID: 999999'] });
    });
  });
});
