/**
 * Modules (NetBox's Module.clean() and save()): the bay belongs to the module's device and holds
 * one module; a module never sits in a bay below itself; creating one makes its type's components
 * with `{module}` replaced by the bay's position; deleting it takes them along.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { API, DEVICES, MODULES, catalog, dcimApp, make, type Catalog } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let c: Catalog;
  let n = 0;
  let lineCard: number;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    c = await catalog(app);
    lineCard = (await make(app.api, `${API}/module-types/`, { manufacturer: c.manufacturer, model: 'LC-48' })).id;
    await make(app.api, `${API}/interface-templates/`, { module_type: lineCard, name: 'Ethernet{module}/1', type: '10gbase-x-sfpp' });
    await make(app.api, `${API}/interface-templates/`, { module_type: lineCard, name: 'Ethernet{module}/2', type: '10gbase-x-sfpp' });
    await make(app.api, `${API}/module-bay-templates/`, { module_type: lineCard, name: 'Optic {module}', position: 'A' });
  });
  afterAll(async () => app?.close());

  const device = async () => make(app.api, DEVICES, { name: `chassis-${++n}`, device_type: c.types.u1, role: c.role, site: c.sites[0] });
  const bay = async (deviceId: number, position: string) => make(app.api, `${API}/module-bays/`, { device: deviceId, name: `Slot ${position}`, position });

  describe('bays', () => {
    it('must belong to the module’s device', async () => {
      const a = await device();
      const b = await device();
      const slot = await bay(b.id, '1');
      const res = await app.api.post(MODULES, { device: a.id, module_bay: slot.id, module_type: lineCard });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: [`Module must be installed within a module bay belonging to the assigned device (${a.name}).`] });
      expect((await app.api.get(`${MODULES}?device_id=${a.id}`)).body.count).toBe(0);
    });
    it('hold one module each', async () => {
      const d = await device();
      const slot = await bay(d.id, '1');
      await make(app.api, MODULES, { device: d.id, module_bay: slot.id, module_type: lineCard });
      const res = await app.api.post(MODULES, { device: d.id, module_bay: slot.id, module_type: lineCard });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ module_bay: ['module with this module bay already exists.'] });
    });
    it('are required with the device and the type', async () => {
      const res = await app.api.post(MODULES, {});
      expect(res.body).toEqual({ device: ['This field is required.'], module_bay: ['This field is required.'], module_type: ['This field is required.'] });
    });
  });

  describe('components from templates', () => {
    it('replace {module} with the bay’s position, and go with the module', async () => {
      const d = await device();
      const slot = await bay(d.id, '3');
      const module = await make(app.api, MODULES, { device: d.id, module_bay: slot.id, module_type: lineCard, serial: 'LC-SN' });
      expect(module.module_bay).toMatchObject({ id: slot.id, name: 'Slot 3' });
      const ifaces = (await app.api.get(`${API}/interfaces/?device_id=${d.id}&ordering=name`)).body.results;
      expect(ifaces.map((i: any) => [i.name, i.module?.id])).toEqual([['Ethernet3/1', module.id], ['Ethernet3/2', module.id]]);
      const bays = (await app.api.get(`${API}/module-bays/?device_id=${d.id}&ordering=name`)).body.results.map((b: any) => b.name);
      expect(bays).toEqual(['Optic 3', 'Slot 3']);
      expect((await app.api.get(`${DEVICES}${d.id}/`)).body).toMatchObject({ interface_count: 2, module_bay_count: 2 });

      expect((await app.api.delete(`${MODULES}${module.id}/`)).status).toBe(204);
      expect((await app.api.get(`${DEVICES}${d.id}/`)).body).toMatchObject({ interface_count: 0, module_bay_count: 1 });
    });
    it('nest: a module in a bay of a module resolves one position per level', async () => {
      const d = await device();
      const slot = await bay(d.id, '2');
      const outer = await make(app.api, MODULES, { device: d.id, module_bay: slot.id, module_type: lineCard });
      const optic = (await app.api.get(`${API}/module-bays/?device_id=${d.id}&name=Optic 2`)).body.results[0];
      expect(optic).toBeDefined();
      const sfp = (await make(app.api, `${API}/module-types/`, { manufacturer: c.manufacturer, model: 'SFP-{x}' })).id;
      await make(app.api, `${API}/interface-templates/`, { module_type: sfp, name: 'sfp{module}', type: '10gbase-x-sfpp' });
      const inner = await make(app.api, MODULES, { device: d.id, module_bay: optic.id, module_type: sfp });
      const names = (await app.api.get(`${API}/interfaces/?device_id=${d.id}&module_id=${inner.id}`)).body.results.map((i: any) => i.name);
      expect(names).toEqual(['sfpA']);
      // The outer module cannot move into the bay it provides itself.
      expect((await app.api.delete(`${MODULES}${inner.id}/`)).status).toBe(204);
      const loop = await app.api.patch(`${MODULES}${outer.id}/`, { module_bay: optic.id });
      expect(loop.status).toBe(400);
      expect(loop.body).toEqual({ non_field_errors: ['A module bay cannot belong to a module installed within it.'] });
    });
  });

  describe('deleting', () => {
    it('a device takes its modules with it', async () => {
      const d = await device();
      const slot = await bay(d.id, '1');
      const module = await make(app.api, MODULES, { device: d.id, module_bay: slot.id, module_type: lineCard });
      expect((await app.api.delete(`${DEVICES}${d.id}/`)).status).toBe(204);
      expect((await app.api.get(`${MODULES}${module.id}/`)).status).toBe(404);
    });
  });
});
