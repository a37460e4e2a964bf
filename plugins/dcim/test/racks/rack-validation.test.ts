/** Rack rules (NetBox's Rack.clean() and save()), unique pairs, the rack type's attributes, and delete protection. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { LOCATIONS, RACKS, RESERVATIONS, ROLES, SITES, TENANTS, TYPES, make, places, racksApp, type Places } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let p: Places;
  let seq = 0;
  const name = () => `V-Rack ${++seq}`;
  beforeAll(async () => {
    app = await createTestApp({ ...racksApp, database });
    p = await places(app);
  });
  afterAll(async () => app?.close());

  /** A write that must answer 400 with exactly these errors and leave the rack list unchanged. */
  const refuse = async (body: Record<string, unknown>, errors: Record<string, string[]>) => {
    const before = (await app.api.get(RACKS)).body.count;
    const res = await app.api.post(RACKS, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
    expect((await app.api.get(RACKS)).body.count).toBe(before);
  };

  describe('site and location', () => {
    it('refuses a location of another site', async () => {
      await refuse({ name: name(), site: p.sites[1], location: p.locations[0] }, { non_field_errors: ['Assigned location must belong to parent site (Site 2).'] });
    });
    it('refuses moving a rack to a location of another site', async () => {
      const rack = await make(app.api, RACKS, { name: name(), site: p.sites[0], location: p.locations[0] });
      const res = await app.api.patch(`${RACKS}${rack.id}/`, { location: p.locations[1] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Assigned location must belong to parent site (Site 1).'] });
      expect((await app.api.get(`${RACKS}${rack.id}/`)).body.location.id).toBe(p.locations[0]);
    });
    it('requires a site', async () => {
      await refuse({ name: name() }, { site: ['This field is required.'] });
    });
  });

  describe('units of measure', () => {
    it('needs a unit for an outer dimension', async () => {
      await refuse({ name: name(), site: p.sites[0], outer_width: 600 }, { non_field_errors: ['Must specify a unit when setting an outer dimension'] });
      await refuse({ name: name(), site: p.sites[0], outer_depth: 1000 }, { non_field_errors: ['Must specify a unit when setting an outer dimension'] });
    });
    it('needs a unit for a weight and a maximum weight', async () => {
      await refuse({ name: name(), site: p.sites[0], weight: 10 }, { non_field_errors: ['Must specify a unit when setting a weight'] });
      await refuse({ name: name(), site: p.sites[0], max_weight: 1000 }, { non_field_errors: ['Must specify a unit when setting a maximum weight'] });
    });
    it('drops an outer unit that measures nothing, and keeps the weight unit (it measures the maximum weight too)', async () => {
      const rack = await make(app.api, RACKS, { name: name(), site: p.sites[0], outer_unit: 'mm', weight_unit: 'kg' });
      expect(rack.outer_unit).toBeNull();
      expect(rack.weight_unit).toEqual({ value: 'kg', label: 'Kilograms' });
      const capped = await make(app.api, RACKS, { name: name(), site: p.sites[0], max_weight: 500, weight_unit: 'lb' });
      expect([capped.weight, capped.max_weight, capped.weight_unit.value]).toEqual([null, 500, 'lb']);
      const measured = await make(app.api, RACKS, { name: name(), site: p.sites[0], outer_width: 600, outer_unit: 'mm', weight: 12.5, weight_unit: 'kg' });
      expect(measured.outer_unit).toEqual({ value: 'mm', label: 'Millimeters' });
      expect(measured.weight).toBe(12.5);
      expect(measured.weight_unit).toEqual({ value: 'kg', label: 'Kilograms' });
      const row = await app.knex('dcim_rack').where('id', measured.id).first();
      expect(Number(row._abs_weight)).toBe(12500);
    });
    it('keeps weights within NetBox’s decimal(8,2)', async () => {
      await refuse({ name: name(), site: p.sites[0], weight: 1.234, weight_unit: 'kg' }, { weight: ['Ensure that there are no more than 2 decimal places.'] });
      await refuse({ name: name(), site: p.sites[0], weight: 1234567, weight_unit: 'kg' }, { weight: ['Ensure that there are no more than 6 digits before the decimal point.'] });
    });
  });

  describe('height, width and numbering', () => {
    it('keeps the height within 1–100U', async () => {
      await refuse({ name: name(), site: p.sites[0], u_height: 0 }, { u_height: ['Ensure this value is greater than or equal to 1.'] });
      await refuse({ name: name(), site: p.sites[0], u_height: 101 }, { u_height: ['Ensure this value is less than or equal to 100.'] });
      await refuse({ name: name(), site: p.sites[0], starting_unit: 0 }, { starting_unit: ['Ensure this value is greater than or equal to 1.'] });
    });
    it('shows the width as an integer choice and takes it as a number or a string', async () => {
      const rack = await make(app.api, RACKS, { name: name(), site: p.sites[0] });
      expect(rack.width).toEqual({ value: 19, label: '19 inches' });
      expect(rack.u_height).toBe(42);
      expect(rack.status).toEqual({ value: 'active', label: 'Active', color: 'blue' });
      const wide = await make(app.api, RACKS, { name: name(), site: p.sites[0], width: '23' });
      expect(wide.width).toEqual({ value: 23, label: '23 inches' });
      await refuse({ name: name(), site: p.sites[0], width: 20 }, { width: ['"20" is not a valid choice.'] });
    });
    it('validates the choices', async () => {
      await refuse({ name: name(), site: p.sites[0], status: 'broken', airflow: 'sideways' }, {
        status: ['"broken" is not a valid choice.'], airflow: ['"sideways" is not a valid choice.'],
      });
    });
  });

  describe('unique within a location', () => {
    it('refuses a second rack of one name in a location, but not in another location or without one', async () => {
      await make(app.api, RACKS, { name: 'Twin', site: p.sites[0], location: p.locations[0] });
      await refuse({ name: 'Twin', site: p.sites[0], location: p.locations[0] }, { non_field_errors: ['The fields location, name must make a unique set.'] });
      await make(app.api, RACKS, { name: 'Twin', site: p.sites[1], location: p.locations[1] });
      await make(app.api, RACKS, { name: 'Twin', site: p.sites[0] });
      await make(app.api, RACKS, { name: 'Twin', site: p.sites[0] });
    });
    it('refuses a second rack with one facility id in a location; a blank facility id is null', async () => {
      await make(app.api, RACKS, { name: name(), facility_id: 'FAC-9', site: p.sites[2], location: p.locations[2] });
      await refuse({ name: name(), facility_id: 'FAC-9', site: p.sites[2], location: p.locations[2] }, { non_field_errors: ['The fields location, facility_id must make a unique set.'] });
      const a = await make(app.api, RACKS, { name: name(), facility_id: '', site: p.sites[2], location: p.locations[2] });
      const b = await make(app.api, RACKS, { name: name(), facility_id: '', site: p.sites[2], location: p.locations[2] });
      expect([a.facility_id, b.facility_id]).toEqual([null, null]);
    });
    it('shows the facility id in the display', async () => {
      const rack = await make(app.api, RACKS, { name: 'Shown', facility_id: 'SH-1', site: p.sites[0] });
      expect(rack.display).toBe('Shown (SH-1)');
    });
    it('keeps asset tags unique; a blank one is null', async () => {
      await make(app.api, RACKS, { name: name(), site: p.sites[0], asset_tag: 'TAG-1' });
      await refuse({ name: name(), site: p.sites[1], asset_tag: 'TAG-1' }, { asset_tag: ['rack with this asset tag already exists.'] });
      const a = await make(app.api, RACKS, { name: name(), site: p.sites[0], asset_tag: '' });
      const b = await make(app.api, RACKS, { name: name(), site: p.sites[0], asset_tag: '' });
      expect([a.asset_tag, b.asset_tag]).toEqual([null, null]);
    });
  });

  describe('rack types', () => {
    it('give their racks their physical attributes, now and when they change', async () => {
      const type = await make(app.api, TYPES, {
        manufacturer: p.manufacturers[0], model: 'Typed', slug: 'typed', form_factor: '4-post-cabinet', width: 21, u_height: 47, starting_unit: 3,
        desc_units: true, outer_width: 600, outer_depth: 1100, outer_unit: 'mm', mounting_depth: 750, weight: 80, max_weight: 900, weight_unit: 'kg',
      });
      const rack = await make(app.api, RACKS, { name: name(), site: p.sites[0], rack_type: type.id, u_height: 10, width: 19, form_factor: 'wall-frame' });
      expect(rack.rack_type.id).toBe(type.id);
      expect([rack.u_height, rack.width.value, rack.form_factor.value, rack.starting_unit, rack.desc_units]).toEqual([47, 21, '4-post-cabinet', 3, true]);
      expect([rack.outer_width, rack.outer_depth, rack.outer_unit.value, rack.mounting_depth]).toEqual([600, 1100, 'mm', 750]);
      expect([rack.weight, rack.max_weight, rack.weight_unit.value]).toEqual([80, 900, 'kg']);
      expect((await app.api.patch(`${TYPES}${type.id}/`, { u_height: 44, outer_width: null, outer_depth: null })).status).toBe(200);
      const after = (await app.api.get(`${RACKS}${rack.id}/`)).body;
      expect([after.u_height, after.outer_width, after.outer_unit]).toEqual([44, null, null]);
    });
    it('are unique per manufacturer by model and slug, with NetBox’s checks', async () => {
      await make(app.api, TYPES, { manufacturer: p.manufacturers[1], model: 'Dup', slug: 'dup', form_factor: '2-post-frame' });
      const same = await app.api.post(TYPES, { manufacturer: p.manufacturers[1], model: 'Dup', slug: 'dup-2', form_factor: '2-post-frame' });
      expect(same.status).toBe(400);
      expect(same.body).toEqual({ non_field_errors: ['The fields manufacturer, model must make a unique set.'] });
      const slug = await app.api.post(TYPES, { manufacturer: p.manufacturers[2], model: 'Other', slug: 'dup', form_factor: '2-post-frame' });
      expect(slug.status).toBe(400);
      expect(slug.body).toEqual({ slug: ['rack type with this slug already exists.'] });
      const unit = await app.api.post(TYPES, { manufacturer: p.manufacturers[2], model: 'Unitless', slug: 'unitless', form_factor: '2-post-frame', outer_depth: 5 });
      expect(unit.status).toBe(400);
      expect(unit.body).toEqual({ non_field_errors: ['Must specify a unit when setting an outer dimension'] });
      const missing = await app.api.post(TYPES, { manufacturer: p.manufacturers[2], model: 'No factor', slug: 'no-factor' });
      expect(missing.status).toBe(400);
      expect(missing.body).toEqual({ form_factor: ['This field is required.'] });
    });
  });

  describe('rack roles', () => {
    it('take a hexadecimal colour, grey by default', async () => {
      expect((await make(app.api, ROLES, { name: 'Grey', slug: 'grey' })).color).toBe('9e9e9e');
      const res = await app.api.post(ROLES, { name: 'Bad', slug: 'bad', color: '#ff0000' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ color: ['Ensure this field has no more than 6 characters.'] });
      const upper = await app.api.post(ROLES, { name: 'Upper', slug: 'upper', color: 'FF0000' });
      expect(upper.body).toEqual({ color: ['Enter a valid hexadecimal RGB color code.'] });
    });
  });

  describe('tenants', () => {
    it('count their racks', async () => {
      const tenant = await make(app.api, TENANTS, { name: 'Counting tenant', slug: 'counting-tenant' });
      await make(app.api, RACKS, { name: name(), site: p.sites[0], tenant: tenant.id });
      await make(app.api, RACKS, { name: name(), site: p.sites[1], tenant: tenant.id });
      const shown = (await app.api.get(`${TENANTS}${tenant.id}/`)).body;
      expect(shown.rack_count).toBe(2);
      const keys = Object.keys(shown);
      expect(keys.indexOf('rack_count')).toBeGreaterThan(keys.indexOf('last_updated'));
    });
  });

  describe('deletes', () => {
    it('are refused for a site, role, rack type or tenant that racks use (409), and null a deleted location', async () => {
      const site = await make(app.api, SITES, { name: 'Doomed site', slug: 'doomed-site' });
      const location = await make(app.api, LOCATIONS, { name: 'Doomed location', slug: 'doomed-location', site: site.id });
      const role = await make(app.api, ROLES, { name: 'Doomed role', slug: 'doomed-role' });
      const tenant = await make(app.api, TENANTS, { name: 'Doomed tenant', slug: 'doomed-tenant' });
      const type = await make(app.api, TYPES, { manufacturer: p.manufacturers[0], model: 'Doomed', slug: 'doomed', form_factor: '2-post-frame' });
      const rack = await make(app.api, RACKS, { name: name(), site: site.id, location: location.id, role: role.id, tenant: tenant.id, rack_type: type.id });
      for (const url of [`${SITES}${site.id}/`, `${ROLES}${role.id}/`, `${TENANTS}${tenant.id}/`, `${TYPES}${type.id}/`])
        expect((await app.api.delete(url)).status, url).toBe(409);
      expect((await app.api.delete(`${LOCATIONS}${location.id}/`)).status).toBe(204);
      expect((await app.api.get(`${RACKS}${rack.id}/`)).body.location).toBeNull();
    });
    it('of a rack take its reservations with it', async () => {
      const rack = await make(app.api, RACKS, { name: name(), site: p.sites[0] });
      const resv = await make(app.api, RESERVATIONS, { rack: rack.id, units: [1], user: p.users[0], description: 'gone' });
      expect((await app.api.delete(`${RACKS}${rack.id}/`)).status).toBe(204);
      expect((await app.api.get(`${RESERVATIONS}${resv.id}/`)).status).toBe(404);
    });
  });
});
