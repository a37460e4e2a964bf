/**
 * Device rules beyond placement: names unique per site and tenant (case-insensitively), unique
 * asset tags, virtual chassis positions, parent devices through device bays, components made from
 * the type's templates, and what deleting a device takes with it or is refused by.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { API, CHASSIS, DEVICES, VDCS, catalog, dcimApp, make, type Catalog } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let c: Catalog;
  let n = 0;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    c = await catalog(app);
  });
  afterAll(async () => app?.close());

  const body = (extra: Record<string, unknown>) => ({ name: `r-${++n}`, device_type: c.types.u1, role: c.role, site: c.sites[0], ...extra });
  const create = async (extra: Record<string, unknown>) => make(app.api, DEVICES, body(extra));
  const refuse = async (extra: Record<string, unknown>, errors: Record<string, string[]>) => {
    const res = await app.api.post(DEVICES, body(extra));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
  };

  describe('names', () => {
    it('are unique per site among devices without a tenant, ignoring case', async () => {
      await create({ name: 'edge-1' });
      await refuse({ name: 'EDGE-1' }, { non_field_errors: ['Device name must be unique per site.'] });
      expect((await create({ name: 'edge-1', site: c.sites[1] })).name).toBe('edge-1');
      expect((await create({ name: 'edge-1', tenant: c.tenant })).tenant.id).toBe(c.tenant);
    });
    it('are unique per site and tenant', async () => {
      await create({ name: 'core-1', tenant: c.tenant });
      await refuse({ name: 'Core-1', tenant: c.tenant }, { non_field_errors: ['Constraint “dcim_device_unique_name_site_tenant” is violated.'] });
    });
    it('are checked when renamed, but a device keeps its own name', async () => {
      await create({ name: 'taken' });
      const d = await create({ name: 'free' });
      const res = await app.api.patch(`${DEVICES}${d.id}/`, { name: 'Taken' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Device name must be unique per site.'] });
      expect((await app.api.patch(`${DEVICES}${d.id}/`, { name: 'FREE' })).status).toBe(200);
    });
    it('are optional: blank means unnamed, and unnamed devices never clash', async () => {
      const a = await create({ name: '' });
      const b = await create({ name: null });
      expect(a.name).toBeNull();
      expect(b.name).toBeNull();
      expect(a.display).toBe(`Unnamed device (${a.id})`);
    });
    it('show the asset tag in the display', async () => {
      const d = await create({ name: 'tagged', asset_tag: 'AT-77' });
      expect(d.display).toBe('tagged (AT-77)');
    });
  });

  describe('asset tags', () => {
    it('are unique, and blank is none', async () => {
      await create({ asset_tag: 'A-1' });
      await refuse({ asset_tag: 'A-1' }, { asset_tag: ['device with this asset tag already exists.'] });
      expect((await create({ asset_tag: '' })).asset_tag).toBeNull();
      expect((await create({ asset_tag: '' })).asset_tag).toBeNull();
    });
  });

  describe('virtual chassis membership', () => {
    it('needs a position, unique in the chassis, and a priority of at most 255', async () => {
      const vc = (await make(app.api, CHASSIS, { name: 'stack-a' })).id;
      await refuse({ virtual_chassis: vc }, { vc_position: ['A device assigned to a virtual chassis must have its position defined.'] });
      await create({ virtual_chassis: vc, vc_position: 1 });
      await refuse({ virtual_chassis: vc, vc_position: 1 }, { non_field_errors: ['Device with this Virtual chassis and VC position already exists.'] });
      await refuse({ virtual_chassis: vc, vc_position: 2, vc_priority: 256 }, { vc_priority: ['Ensure this value is less than or equal to 255.'] });
      const second = await create({ virtual_chassis: vc, vc_position: 2, vc_priority: 255 });
      expect(second.virtual_chassis).toMatchObject({ id: vc, name: 'stack-a' });
    });
  });

  describe('local context data', () => {
    it('is a JSON object or nothing', async () => {
      await refuse({ local_context_data: ['a'] }, { local_context_data: ['JSON data must be in object form. Example: {"foo": 123}'] });
      await refuse({ local_context_data: 'text' }, { local_context_data: ['JSON data must be in object form. Example: {"foo": 123}'] });
      const d = await create({ local_context_data: { ntp: { servers: ['10.0.0.1'] } } });
      expect(d.local_context_data).toEqual({ ntp: { servers: ['10.0.0.1'] } });
      expect(d.config_context).toEqual({});
      const cleared = await app.api.patch(`${DEVICES}${d.id}/`, { local_context_data: null });
      expect(cleared.body.local_context_data).toBeNull();
    });
  });

  describe('coordinates', () => {
    it('are checked for range and precision', async () => {
      await refuse({ latitude: 91 }, { latitude: ['Ensure this value is less than or equal to 90.'] });
      await refuse({ longitude: 123.1234567 }, { longitude: ['Ensure that there are no more than 9 digits in total.'] });
      await refuse({ longitude: 1234.5 }, { longitude: ['Ensure that there are no more than 3 digits before the decimal point.'] });
      await refuse({ latitude: 1.1234567 }, { latitude: ['Ensure that there are no more than 6 decimal places.'] });
      const d = await create({ latitude: '-33.868820', longitude: 151.20929 });
      expect([d.latitude, d.longitude]).toEqual([-33.86882, 151.20929]);
    });
  });

  describe('parent devices', () => {
    it('is the device whose bay holds this one; children follow the parent’s rack', async () => {
      const parent = await create({ name: 'blade-chassis', device_type: c.types.parent });
      const child = await create({ name: 'blade-1', device_type: c.types.child });
      expect(child.parent_device).toBeNull();
      const bay = await make(app.api, `${API}/device-bays/`, { device: parent.id, name: 'Bay 1' });
      const installed = await app.api.patch(`${API}/device-bays/${bay.id}/`, { installed_device: child.id });
      expect(installed.status, JSON.stringify(installed.body)).toBe(200);

      const shown = (await app.api.get(`${DEVICES}${child.id}/`)).body;
      expect(shown.parent_device).toMatchObject({ id: parent.id, name: 'blade-chassis', display: 'blade-chassis', device_bay: { id: bay.id, name: 'Bay 1' } });
      expect(shown.parent_device.url).toMatch(new RegExp(`/api/dcim/devices/${parent.id}/$`));
      expect(shown.parent_device.display_url).toMatch(new RegExp(`/dcim/devices/${parent.id}/$`));
      expect((await app.api.get(`${DEVICES}?parent_device_id=${parent.id}`)).body.results.map((d: any) => d.id)).toEqual([child.id]);
      expect((await app.api.get(`${DEVICES}?parent_bay_id=${bay.id}`)).body.count).toBe(1);
      expect((await app.api.get(`${DEVICES}?device_bays=true&name=blade-chassis`)).body.count).toBe(1);

      const moved = await app.api.patch(`${DEVICES}${parent.id}/`, { rack: c.rack, position: 30, face: 'front' });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const follows = (await app.api.get(`${DEVICES}${child.id}/`)).body;
      expect(follows.rack?.id).toBe(c.rack);
      expect(follows.location?.id).toBe(c.location);
    });
  });

  describe('components from templates', () => {
    it('are created with the device, counted, and deleted with it', async () => {
      const type = (await make(app.api, `${API}/device-types/`, { manufacturer: c.manufacturer, model: 'T48', slug: 't48' })).id;
      await make(app.api, `${API}/interface-templates/`, { device_type: type, name: 'eth0', type: '1000base-t' });
      await make(app.api, `${API}/interface-templates/`, { device_type: type, name: 'eth1', type: '10gbase-x-sfpp' });
      await make(app.api, `${API}/console-port-templates/`, { device_type: type, name: 'con0' });
      await make(app.api, `${API}/power-port-templates/`, { device_type: type, name: 'psu0' });

      const d = await create({ device_type: type });
      expect(d).toMatchObject({ interface_count: 2, console_port_count: 1, power_port_count: 1, front_port_count: 0 });
      const ifaces = (await app.api.get(`${API}/interfaces/?device_id=${d.id}&ordering=name`)).body.results;
      expect(ifaces.map((i: any) => [i.name, i.type.value])).toEqual([['eth0', '1000base-t'], ['eth1', '10gbase-x-sfpp']]);
      expect((await app.api.get(`${DEVICES}?interfaces=true&id=${d.id}`)).body.count).toBe(1);
      expect((await app.api.get(`${DEVICES}?interface_count__gte=2&id=${d.id}`)).body.count).toBe(1);

      const res = await app.api.delete(`${DEVICES}${d.id}/`);
      expect(res.status).toBe(204);
      for (const table of ['dcim_interface', 'dcim_consoleport', 'dcim_powerport'])
        expect(await app.knex(table).where('device_id', d.id).first(), table).toBeUndefined();
      const logged = await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}&limit=0`);
      const types = logged.body.results.map((r: any) => r.changed_object_type).sort();
      expect(types).toEqual(['dcim.consoleport', 'dcim.device', 'dcim.interface', 'dcim.interface', 'dcim.powerport']);
    });
  });

  describe('filters on what a device has', () => {
    it('MAC addresses of its interfaces, local context data, console and pass-through ports', async () => {
      const d = await create({ name: 'filtered', local_context_data: { role: 'edge' } });
      const plain = await create({ name: 'plain' });
      const iface = await make(app.api, `${API}/interfaces/`, { device: d.id, name: 'eth0', type: '1000base-t' });
      await make(app.api, `${API}/mac-addresses/`, { mac_address: '00:11:22:AA:BB:CC', assigned_object_type: 'dcim.interface', assigned_object_id: iface.id });
      await make(app.api, `${API}/console-ports/`, { device: plain.id, name: 'con0' });
      const ids = async (q: string) => (await app.api.get(`${DEVICES}?${q}&id=${d.id}&id=${plain.id}`)).body.results.map((x: any) => x.name);
      expect(await ids('mac_address=00:11:22:aa:bb:cc')).toEqual(['filtered']);
      expect(await ids('mac_address__ic=aa:bb')).toEqual(['filtered']);
      expect(await ids('mac_address__n=00:11:22:AA:BB:CC')).toEqual(['plain']);
      expect(await ids('local_context_data=true')).toEqual(['filtered']);
      expect(await ids('local_context_data=false')).toEqual(['plain']);
      expect(await ids('console_ports=true')).toEqual(['plain']);
      expect(await ids('console_port_count__gt=0')).toEqual(['plain']);
      expect(await ids('console_port_count__n=0')).toEqual(['plain']);
      expect(await ids('pass_through_ports=false')).toEqual(['filtered', 'plain']);
      expect((await app.api.get(`${DEVICES}?console_ports=maybe`)).status).toBe(400);
      expect((await app.api.get(`${DEVICES}?interface_count=many`)).status).toBe(400);
    });
  });

  describe('deleting', () => {
    it('is refused while a virtual device context or a chassis mastership points at the device', async () => {
      const d = await create({});
      const vdc = await make(app.api, VDCS, { name: 'ctx', device: d.id, status: 'active' });
      const blocked = await app.api.delete(`${DEVICES}${d.id}/`);
      expect(blocked.status).toBe(409);
      expect((await app.api.get(`${DEVICES}${d.id}/`)).status).toBe(200);
      await app.api.delete(`${VDCS}${vdc.id}/`);
      const vc = await make(app.api, CHASSIS, { name: 'stack-del', master: d.id });
      expect((await app.api.delete(`${DEVICES}${d.id}/`)).status).toBe(409);
      await app.api.patch(`${CHASSIS}${vc.id}/`, { master: null });
      expect((await app.api.delete(`${DEVICES}${d.id}/`)).status).toBe(204);
    });
  });
});
