/** GET /api/dcim/racks/{id}/elevation/: units as JSON (NetBox's get_rack_units), the SVG drawing, parameters and permissions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { RACKS, RESERVATIONS, make, places, racksApp, type Places } from './fixtures.js';

const front = { value: 'front', label: 'Front' };
const empty = (id: number, face = front) => ({ id, name: `U${id}`, face, device: null, occupied: false, display: `U${id}` });

eachDatabase((database) => {
  let app: TestApp;
  let p: Places;
  let small: number;
  let desc: number;
  let full: number;
  let dev: Record<string, number>;
  beforeAll(async () => {
    app = await createTestApp({ ...racksApp, database });
    p = await places(app);
    small = (await make(app.api, RACKS, { name: 'Small', site: p.sites[0], u_height: 2 })).id;
    desc = (await make(app.api, RACKS, { name: 'Desc', site: p.sites[0], u_height: 2, starting_unit: 5, desc_units: true })).id;
    full = (await make(app.api, RACKS, { name: 'Full <&>', site: p.sites[1], u_height: 6 })).id;
    const role = (await make(app.api, '/api/dcim/device-roles/', { name: 'Switch', slug: 'switch', color: '2196f3' })).id;
    const type = async (slug: string, u_height: number, is_full_depth: boolean) =>
      (await make(app.api, '/api/dcim/device-types/', { manufacturer: p.manufacturers[0], model: slug, slug, u_height, is_full_depth })).id;
    const t2 = await type('two', 2, true);
    const t1 = await type('one', 1, false);
    dev = {
      big: (await make(app.api, '/api/dcim/devices/', { name: 'big', device_type: t2, role, site: p.sites[1], rack: full, position: 1, face: 'front' })).id,
      top: (await make(app.api, '/api/dcim/devices/', { name: 'top', device_type: t1, role, site: p.sites[1], rack: full, position: 5, face: 'front' })).id,
      back: (await make(app.api, '/api/dcim/devices/', { name: 'back', device_type: t1, role, site: p.sites[1], rack: full, position: 4, face: 'rear' })).id,
    };
    await make(app.api, RESERVATIONS, { rack: full, units: [6], user: p.users[0], description: 'held' });
  });
  afterAll(async () => app?.close());

  const get = (rack: number, query = '') => app.api.get(`${RACKS}${rack}/elevation/${query}`);

  describe('JSON', () => {
    it('lists an empty rack’s half units top-down, paginated', async () => {
      const res = await get(small);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ count: 4, next: null, previous: null, results: [empty(2.5), empty(2), empty(1.5), empty(1)] });
    });
    it('follows descending numbering and the requested face', async () => {
      const rear = { value: 'rear', label: 'Rear' };
      const res = await get(desc, '?face=rear');
      expect(res.body.results).toEqual([empty(5, rear), empty(5.5, rear), empty(6, rear), empty(6.5, rear)]);
    });
    it('pages with limit/offset and filters units with q', async () => {
      const page = await get(full, '?limit=4&offset=4');
      expect(page.body.count).toBe(12);
      expect(page.body.results.map((u: { id: number }) => u.id)).toEqual([4.5, 4, 3.5, 3]);
      expect(page.body.next).toMatch(/\/elevation\/\?limit=4&offset=8$/);
      expect(page.body.previous).toMatch(/\/elevation\/\?limit=4$/);
      const q = await get(full, '?q=3');
      expect(q.body.results.map((u: { name: string }) => u.name)).toEqual(['U3.5', 'U3']);
    });
    it('shows devices on every unit they fill, full-depth ones on both faces', async () => {
      const units = (await get(full)).body.results as { id: number; device: { id: number; name: string } | null; occupied: boolean }[];
      const byId = Object.fromEntries(units.map((u) => [u.id, u]));
      expect(byId[5]!.device).toMatchObject({ id: dev.top, name: 'top', display: 'top' });
      expect(byId[5.5]!.device!.id).toBe(dev.top);
      expect(byId[1]!.device!.id).toBe(dev.big);
      expect(byId[2.5]!.device!.id).toBe(dev.big);
      expect(byId[4]!.occupied).toBe(false);
      expect(units.filter((u) => u.occupied)).toHaveLength(6);
      const rear = Object.fromEntries(((await get(full, '?face=rear')).body.results as typeof units).map((u) => [u.id, u]));
      expect(rear[4]!.device!.id).toBe(dev.back);
      expect(rear[1]!.device!.id).toBe(dev.big);
      expect(rear[5]!.occupied).toBe(false);
    });
    it('marks only the lowest unit without expand_devices, and leaves out an excluded device', async () => {
      const flat = (await get(full, '?expand_devices=false')).body.results as { id: number; occupied: boolean }[];
      expect(flat.filter((u) => u.occupied).map((u) => u.id)).toEqual([5, 1]);
      const excluded = (await get(full, `?exclude=${dev.big}`)).body.results as { id: number; occupied: boolean }[];
      expect(excluded.filter((u) => u.occupied).map((u) => u.id)).toEqual([5.5, 5]);
    });
    it('marks devices the user may not view as occupied without naming them', async () => {
      const { client } = await app.createUser({ permissions: [{ objectTypes: ['dcim.rack'], actions: ['view'] }] });
      const units = (await client.get(`${RACKS}${full}/elevation/`)).body.results as { id: number; device: unknown; occupied: boolean }[];
      expect(units.filter((u) => u.occupied)).toHaveLength(6);
      expect(units.every((u) => u.device === null)).toBe(true);
    });
  });

  describe('parameters and permissions', () => {
    it('refuses bad parameters with NetBox’s messages', async () => {
      const res = await get(small, '?face=side&render=png&unit_height=tall&expand_devices=maybe');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        face: ['"side" is not a valid choice.'],
        render: ['"png" is not a valid choice.'],
        unit_height: ['A valid integer is required.'],
        expand_devices: ['Must be a valid boolean.'],
      });
    });
    it('answers 404 for an unknown rack and 403 without view permission on racks', async () => {
      expect((await get(999999)).status).toBe(404);
      const { client } = await app.createUser({ permissions: [{ objectTypes: ['dcim.site'], actions: ['view'] }] });
      expect((await client.get(`${RACKS}${small}/elevation/`)).status).toBe(403);
      expect((await app.anonymous.get(`${RACKS}${small}/elevation/`)).status).toBe(403);
    });
    it('answers 404 for a rack outside the user’s constraints', async () => {
      const { client } = await app.createUser({ permissions: [{ objectTypes: ['dcim.rack'], actions: ['view'], constraints: { name: 'Desc' } }] });
      expect((await client.get(`${RACKS}${small}/elevation/`)).status).toBe(404);
      expect((await client.get(`${RACKS}${desc}/elevation/`)).status).toBe(200);
    });
  });

  it('is documented in /api/schema/, with the width as an integer choice', async () => {
    const doc = (await app.api.get('/api/schema/')).body;
    expect(doc.paths['/api/dcim/racks/{id}/elevation/'].get).toBeDefined();
    expect(doc.components.schemas.Rack.properties.width.properties.value).toEqual({ type: 'integer', enum: [10, 19, 21, 23] });
  });

  describe('SVG', () => {
    it('draws the rack, its devices and reservations as image/svg+xml', async () => {
      const res = await get(full, '?render=svg&unit_height=20&unit_width=200&legend_width=40');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svg = String(res.body);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('width="255" height="140"');
      expect(svg).toContain('<title>Full &lt;&amp;&gt; (front)</title>');
      expect(svg.match(/class="slot"/g)).toHaveLength(6);
      expect(svg).toContain(`data-device="${dev.big}"`);
      expect(svg).toContain(`data-device="${dev.top}"`);
      expect(svg).not.toContain(`data-device="${dev.back}"`);
      expect(svg).toContain('>big</text>');
      expect(svg).toContain('fill="#2196f3"');
      expect(svg).toContain('class="reserved" data-unit="6"');
      const rear = String((await get(full, '?render=svg&face=rear')).body);
      expect(rear).toContain(`data-device="${dev.back}"`);
    });
    it('draws an empty rack', async () => {
      const svg = String((await get(small, '?render=svg')).body);
      expect(svg.match(/class="slot"/g)).toHaveLength(2);
      expect(svg).not.toContain('class="device"');
    });
  });
});
