/**
 * Where a device may be (NetBox's Device.clean()): site/location/rack agreement, rack positions
 * and faces, 0U and child devices, free units (faces, full depth, half units, the rack's height),
 * moving and resizing, and what a device inherits from its rack and type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { API, DEVICES, catalog, dcimApp, make, type Catalog } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let c: Catalog;
  let n = 0;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    c = await catalog(app);
  });
  afterAll(async () => app?.close());

  /** A device body in site-1 with a fresh name. */
  const body = (extra: Record<string, unknown>) => ({ name: `p-${++n}`, device_type: c.types.u1, role: c.role, site: c.sites[0], ...extra });
  const create = async (extra: Record<string, unknown>) => make(app.api, DEVICES, body(extra));
  const refuse = async (extra: Record<string, unknown>, errors: Record<string, string[]>) => {
    const before = (await app.api.get(`${DEVICES}?limit=1`)).body.count;
    const res = await app.api.post(DEVICES, body(extra));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
    expect((await app.api.get(`${DEVICES}?limit=1`)).body.count).toBe(before);
  };
  const rack = async (name: string, extra: Record<string, unknown> = {}) =>
    (await make(app.api, `${API}/racks/`, { name, site: c.sites[0], status: 'active', u_height: 42, ...extra })).id as number;

  describe('site, location and rack', () => {
    it('refuse a rack of another site', async () => {
      await refuse({ site: c.sites[1], rack: c.rack }, { rack: ['Rack R1 does not belong to site Site 2.'] });
    });
    it('refuse a location of another site', async () => {
      await refuse({ site: c.sites[1], location: c.location }, { location: ['Location Loc 1 does not belong to site Site 2.'] });
    });
    it('refuse a rack outside the given location', async () => {
      const loose = await rack('Loose');
      await refuse({ rack: loose, location: c.location }, { rack: ['Rack Loose does not belong to location Loc 1.'] });
    });
    it('take the rack’s location when none is given', async () => {
      const d = await create({ rack: c.rack });
      expect(d.location.id).toBe(c.location);
    });
  });

  describe('position and face', () => {
    it('need a rack', async () => {
      await refuse({ face: 'front' }, { face: ['Cannot select a rack face without assigning a rack.'] });
      await refuse({ position: 5 }, { position: ['Cannot select a rack position without assigning a rack.'] });
    });
    it('a position needs a face', async () => {
      await refuse({ rack: c.rack, position: 5 }, { face: ['Must specify rack face when defining rack position.'] });
    });
    it('a face alone is fine (a device on a face without a unit)', async () => {
      const d = await create({ rack: c.rack, face: 'rear' });
      expect(d.face).toEqual({ value: 'rear', label: 'Rear' });
      expect(d.position).toBeNull();
    });
    it('positions go in half units from 1', async () => {
      await refuse({ rack: c.rack, position: 5.3, face: 'front' }, { position: ['Position must be in increments of 0.5 rack units.'] });
      await refuse({ rack: c.rack, position: 5.25, face: 'front' }, { position: ['Ensure that there are no more than 1 decimal places.'] });
      await refuse({ rack: c.rack, position: 0.5, face: 'front' }, { position: ['Ensure this value is greater than or equal to 1.'] });
      await refuse({ rack: c.rack, position: 'top', face: 'front' }, { position: ['A valid number is required.'] });
    });
    it('refuse a face that is not a choice', async () => {
      await refuse({ rack: c.rack, face: 'side' }, { face: ['"side" is not a valid choice.'] });
    });
  });

  describe('0U and child devices', () => {
    it('a 0U device takes no position, but may hang in a rack', async () => {
      await refuse({ device_type: c.types.u0, rack: c.rack, position: 7, face: 'front' }, { position: ['A 0U device type (PDU0) cannot be assigned to a rack position.'] });
      const pdu = await create({ device_type: c.types.u0, rack: c.rack });
      expect(pdu.rack.id).toBe(c.rack);
      expect(pdu.position).toBeNull();
    });
    it('a child device takes no rack face', async () => {
      await refuse({ device_type: c.types.child, rack: c.rack, face: 'front' }, { face: ['Child device types cannot be assigned to a rack face. This is an attribute of the parent device.'] });
    });
  });

  describe('rack space', () => {
    it('refuses units taken by a full-depth device on either face', async () => {
      const r = await rack('Space-1');
      await create({ rack: r, position: 1, face: 'front' });
      const taken = { position: ['U1.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] };
      await refuse({ rack: r, position: 1, face: 'front' }, taken);
      await refuse({ rack: r, position: 1, face: 'rear' }, taken);
      await refuse({ device_type: c.types.u2half, rack: r, position: 1, face: 'rear' }, { position: ['U1.0 is already occupied or does not have sufficient space to accommodate this device type: S2H (2.0U)'] });
    });
    it('lets half-depth devices share a unit from opposite faces, but not with a full-depth one', async () => {
      const r = await rack('Space-2');
      await create({ device_type: c.types.u2half, rack: r, position: 10, face: 'front' });
      const back = await create({ device_type: c.types.u2half, rack: r, position: 10, face: 'rear' });
      expect(back.position).toBe(10);
      await refuse({ device_type: c.types.u2half, rack: r, position: 11, face: 'front' }, { position: ['U11.0 is already occupied or does not have sufficient space to accommodate this device type: S2H (2.0U)'] });
      await refuse({ rack: r, position: 11, face: 'front' }, { position: ['U11.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] });
      await create({ rack: r, position: 12, face: 'front' });
    });
    it('refuses a device taller than the space left at the top of the rack', async () => {
      const r = await rack('Space-3');
      await refuse({ device_type: c.types.u2half, rack: r, position: 42, face: 'front' }, { position: ['U42.0 is already occupied or does not have sufficient space to accommodate this device type: S2H (2.0U)'] });
      await refuse({ rack: r, position: 43, face: 'front' }, { position: ['U43.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] });
      expect((await create({ device_type: c.types.u2half, rack: r, position: 41, face: 'front' })).position).toBe(41);
    });
    it('counts half units: a 1U device at 20.5 takes 20.5–21.5', async () => {
      const r = await rack('Space-4');
      expect((await create({ rack: r, position: 20.5, face: 'front' })).position).toBe(20.5);
      await refuse({ rack: r, position: 21, face: 'front' }, { position: ['U21.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] });
      await refuse({ rack: r, position: 20, face: 'front' }, { position: ['U20.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] });
      await create({ rack: r, position: 21.5, face: 'front' });
      await create({ rack: r, position: 19.5, face: 'front' });
    });
    it('respects the rack’s starting unit', async () => {
      const r = await rack('Space-5', { u_height: 10, starting_unit: 11 });
      await refuse({ rack: r, position: 5, face: 'front' }, { position: ['U5.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] });
      expect((await create({ rack: r, position: 20, face: 'front' })).position).toBe(20);
    });
    it('refuses two devices in one bulk create that overlap, writing neither', async () => {
      const r = await rack('Space-6');
      const res = await app.api.post(DEVICES, [body({ rack: r, position: 5, face: 'front' }), body({ rack: r, position: 5, face: 'rear' })]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual([{}, { position: ['U5.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] }]);
      expect((await app.api.get(`${DEVICES}?rack_id=${r}`)).body.count).toBe(0);
    });
  });

  describe('moving and resizing', () => {
    it('re-validates a move, ignoring the device’s own units', async () => {
      const r = await rack('Move-1');
      await create({ rack: r, position: 1, face: 'front' });
      const d = await create({ rack: r, position: 3, face: 'front' });
      const onto = await app.api.patch(`${DEVICES}${d.id}/`, { position: 1 });
      expect(onto.status).toBe(400);
      expect(onto.body).toEqual({ position: ['U1.0 is already occupied or does not have sufficient space to accommodate this device type: S1 (1.0U)'] });
      expect((await app.api.get(`${DEVICES}${d.id}/`)).body.position).toBe(3);
      const tall = await create({ device_type: c.types.u2half, rack: r, position: 10, face: 'front' });
      // Half a unit up overlaps its own old units only.
      expect((await app.api.patch(`${DEVICES}${tall.id}/`, { position: 10.5 })).status).toBe(200);
      expect((await app.api.patch(`${DEVICES}${d.id}/`, { position: 5 })).body.position).toBe(5);
    });
    it('re-validates a change of face and of rack', async () => {
      const r = await rack('Move-2');
      await create({ device_type: c.types.u2half, rack: r, position: 1, face: 'rear' });
      const d = await create({ device_type: c.types.u2half, rack: r, position: 1, face: 'front' });
      const flip = await app.api.patch(`${DEVICES}${d.id}/`, { face: 'rear' });
      expect(flip.status).toBe(400);
      expect(flip.body).toEqual({ position: ['U1.0 is already occupied or does not have sufficient space to accommodate this device type: S2H (2.0U)'] });
      const out = await app.api.patch(`${DEVICES}${d.id}/`, { rack: null });
      expect(out.status).toBe(400);
      expect(out.body).toEqual({ face: ['Cannot select a rack face without assigning a rack.'] });
      const unracked = await app.api.patch(`${DEVICES}${d.id}/`, { rack: null, position: null, face: null });
      expect(unracked.status, JSON.stringify(unracked.body)).toBe(200);
      expect(unracked.body.rack).toBeNull();
    });
    it('re-validates a change of device type (resizing)', async () => {
      const r = await rack('Move-3');
      await create({ rack: r, position: 2, face: 'front' });
      const d = await create({ rack: r, position: 1, face: 'front' });
      const grown = await app.api.patch(`${DEVICES}${d.id}/`, { device_type: c.types.u2half });
      expect(grown.status).toBe(400);
      expect(grown.body).toEqual({ position: ['U1.0 is already occupied or does not have sufficient space to accommodate this device type: S2H (2.0U)'] });
      const zero = await app.api.patch(`${DEVICES}${d.id}/`, { device_type: c.types.u0 });
      expect(zero.body).toEqual({ position: ['A 0U device type (PDU0) cannot be assigned to a rack position.'] });
    });
  });

  describe('inherited from the device type', () => {
    it('airflow and the default platform, unless given', async () => {
      const type = (await make(app.api, `${API}/device-types/`, {
        manufacturer: c.manufacturer, model: 'AF1', slug: 'af1', airflow: 'rear-to-front', default_platform: c.platform,
      })).id;
      const d = await create({ device_type: type });
      expect(d.airflow).toEqual({ value: 'rear-to-front', label: 'Rear to front' });
      expect(d.platform.id).toBe(c.platform);
      const own = await create({ device_type: type, airflow: 'passive' });
      expect(own.airflow.value).toBe('passive');
    });
  });

  describe('platform', () => {
    it('refuses a platform limited to another manufacturer', async () => {
      const other = (await make(app.api, `${API}/manufacturers/`, { name: 'Juniper', slug: 'juniper' })).id;
      const junos = (await make(app.api, `${API}/platforms/`, { name: 'Junos', slug: 'junos', manufacturer: other })).id;
      await refuse({ platform: junos }, { platform: ["The assigned platform is limited to Juniper device types, but this device's type belongs to Acme."] });
    });
  });
});
