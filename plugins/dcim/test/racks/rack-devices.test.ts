/** Racks and the devices mounted in them: a rack cannot shrink below its devices, and devices move with their rack. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { LOCATIONS, RACKS, TYPES, make, places, racksApp, type Places } from './fixtures.js';

const DEVICES = '/api/dcim/devices/';

eachDatabase((database) => {
  let app: TestApp;
  let p: Places;
  let role: number;
  let twoU: number;
  beforeAll(async () => {
    app = await createTestApp({ ...racksApp, database });
    p = await places(app);
    role = (await make(app.api, '/api/dcim/device-roles/', { name: 'Server', slug: 'server' })).id;
    twoU = (await make(app.api, '/api/dcim/device-types/', { manufacturer: p.manufacturers[0], model: 'Two', slug: 'two', u_height: 2 })).id;
  });
  afterAll(async () => app?.close());

  const rackWithDevice = async (rack: Record<string, unknown>, position: number) => {
    const r = await make(app.api, RACKS, { site: p.sites[0], ...rack });
    const d = await make(app.api, DEVICES, { name: `dev-${r.id}`, device_type: twoU, role, site: p.sites[0], rack: r.id, position, face: 'front' });
    return { rack: r.id as number, device: d.id as number };
  };

  describe('a rack with mounted devices', () => {
    it('cannot become shorter than its highest device reaches', async () => {
      const { rack } = await rackWithDevice({ name: 'Shrink', u_height: 10 }, 7);
      const res = await app.api.patch(`${RACKS}${rack}/`, { u_height: 7 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ u_height: ['Rack must be at least 8.0U tall to house currently installed devices.'] });
      expect((await app.api.patch(`${RACKS}${rack}/`, { u_height: 8 })).status).toBe(200);
    });
    it('cannot start numbering above its lowest device', async () => {
      const { rack } = await rackWithDevice({ name: 'Renumber', u_height: 10 }, 2);
      const res = await app.api.patch(`${RACKS}${rack}/`, { starting_unit: 3 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ starting_unit: ['Rack unit numbering must begin at 2.0 or less to house currently installed devices.'] });
    });
    it('reports a too-small rack type against rack_type', async () => {
      const { rack } = await rackWithDevice({ name: 'Typed', u_height: 20 }, 15);
      const type = await make(app.api, TYPES, { manufacturer: p.manufacturers[0], model: 'Tiny', slug: 'tiny', form_factor: 'wall-frame', u_height: 4 });
      const res = await app.api.patch(`${RACKS}${rack}/`, { rack_type: type.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ rack_type: ['Rack must be at least 16.0U tall to house currently installed devices.'] });
      expect((await app.api.get(`${RACKS}${rack}/`)).body.u_height).toBe(20);
    });
    it('counts its devices', async () => {
      const { rack } = await rackWithDevice({ name: 'Counted' }, 1);
      expect((await app.api.get(`${RACKS}${rack}/`)).body.device_count).toBe(1);
      expect((await app.api.get(`${RACKS}?id=${rack}&brief=true`)).body.results[0].device_count).toBe(1);
    });
    it('cannot be deleted while devices are in it (409)', async () => {
      const { rack } = await rackWithDevice({ name: 'Occupied' }, 1);
      expect((await app.api.delete(`${RACKS}${rack}/`)).status).toBe(409);
    });
  });

  describe('moving a rack', () => {
    it('moves its devices to the new site and location, each with a change record', async () => {
      const { rack, device } = await rackWithDevice({ name: 'Mover', location: p.locations[0] }, 1);
      const res = await app.api.patch(`${RACKS}${rack}/`, { site: p.sites[1], location: p.locations[1] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const moved = (await app.api.get(`${DEVICES}${device}/`)).body;
      expect([moved.site.id, moved.location?.id]).toEqual([p.sites[1], p.locations[1]]);
      const requestId = res.headers.get('x-request-id');
      const changes = await app.api.get(`/api/core/object-changes/?request_id=${requestId}&changed_object_type=dcim.device`);
      expect(changes.body.count).toBe(1);
    });
    it('moves them out of a location too', async () => {
      const sub = await make(app.api, LOCATIONS, { name: 'Cage', slug: 'cage', site: p.sites[2] });
      const r = await make(app.api, RACKS, { name: 'Caged', site: p.sites[2], location: sub.id });
      const d = await make(app.api, DEVICES, { name: 'caged-dev', device_type: twoU, role, site: p.sites[2], location: sub.id, rack: r.id, position: 1, face: 'front' });
      expect((await app.api.patch(`${RACKS}${r.id}/`, { location: null })).status).toBe(200);
      expect((await app.api.get(`${DEVICES}${d.id}/`)).body.location).toBeNull();
    });
  });
});
