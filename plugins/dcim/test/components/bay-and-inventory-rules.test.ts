/** Device bays (parent/child devices), module bays (installed module) and inventory items (tree, component, asset tag). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, dcimApp, make, path, type Base } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  let seq = 0;
  const device = async (type: number, site: number) =>
    (await make(app.api, path('devices'), { name: `d-${++seq}`, device_type: type, site, role: b.role, status: 'active' })).id as number;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
  }, 600_000);
  afterAll(async () => app.close());

  describe('device bays', () => {
    const BAYS = path('device-bays');

    it('exist only on devices whose type is a parent', async () => {
      const res = await app.api.post(BAYS, { device: b.devices[1], name: 'Bay' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['This type of device (Plain) does not support device bays.'] });
    });

    it('hold a child device of the same site, not the parent itself, and one bay per child', async () => {
      const bay = await make(app.api, BAYS, { device: b.devices[0], name: 'Bay A' });
      let res = await app.api.patch(`${BAYS}${bay.id}/`, { installed_device: b.devices[0] });
      expect(res.body).toEqual({ non_field_errors: ['Cannot install a device into itself.'] });
      res = await app.api.patch(`${BAYS}${bay.id}/`, { installed_device: b.devices[1] });
      expect(res.body).toEqual({ installed_device: ['Cannot install the specified device; its type (Plain) is not a child device type.'] });
      const far = await device(b.types.child, b.sites[1]!);
      res = await app.api.patch(`${BAYS}${bay.id}/`, { installed_device: far });
      expect(res.body).toEqual({ installed_device: ['Cannot install the specified device; it belongs to a different site than the parent device.'] });
      const blade = await device(b.types.child, b.sites[0]!);
      res = await app.api.patch(`${BAYS}${bay.id}/`, { installed_device: blade });
      expect(res.status).toBe(200);
      expect(res.body.installed_device).toMatchObject({ id: blade });
      const second = await make(app.api, BAYS, { device: b.devices[0], name: 'Bay B' });
      res = await app.api.patch(`${BAYS}${second.id}/`, { installed_device: blade });
      expect(res.body).toEqual({ installed_device: ['Cannot install the specified device; device is already installed in Bay A'] });
      // Deleting the child empties the bay.
      expect((await app.api.delete(`${path('devices')}${blade}/`)).status).toBe(204);
      expect((await app.api.get(`${BAYS}${bay.id}/`)).body.installed_device).toBeNull();
    });
  });

  describe('module bays', () => {
    const BAYS = path('module-bays');

    it('show the installed module (read-only) and lose it when the module goes', async () => {
      const bay = await make(app.api, BAYS, { device: b.devices[1], name: 'Slot X', position: 'X' });
      expect(bay.installed_module).toBeNull();
      const module = await make(app.api, path('modules'), { device: b.devices[1], module_bay: bay.id, module_type: b.moduleType, status: 'active' });
      let got = await app.api.get(`${BAYS}${bay.id}/`);
      expect(got.body.installed_module).toMatchObject({ id: module.id });
      // Written values are ignored, as for every read-only field.
      await app.api.patch(`${BAYS}${bay.id}/`, { installed_module: null, label: 'x' });
      expect((await app.api.get(`${BAYS}${bay.id}/`)).body.installed_module).toMatchObject({ id: module.id });
      expect((await app.api.delete(`${path('modules')}${module.id}/`)).status).toBe(204);
      got = await app.api.get(`${BAYS}${bay.id}/`);
      expect(got.body.installed_module).toBeNull();
    });

    it('cannot belong to the module installed in it', async () => {
      const bay = await make(app.api, BAYS, { device: b.devices[1], name: 'Slot Y', position: 'Y' });
      const module = await make(app.api, path('modules'), { device: b.devices[1], module_bay: bay.id, module_type: b.moduleType, status: 'active' });
      const res = await app.api.patch(`${BAYS}${bay.id}/`, { module: module.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['A module bay cannot belong to a module installed within it.'] });
    });

    it('deleting a bay deletes the module in it', async () => {
      const bay = await make(app.api, BAYS, { device: b.devices[1], name: 'Slot Z', position: 'Z' });
      const module = await make(app.api, path('modules'), { device: b.devices[1], module_bay: bay.id, module_type: b.moduleType, status: 'active' });
      expect((await app.api.delete(`${BAYS}${bay.id}/`)).status).toBe(204);
      expect((await app.api.get(`${path('modules')}${module.id}/`)).status).toBe(404);
    });
  });

  describe('inventory items', () => {
    const ITEMS = path('inventory-items');

    it('nest within one device, with depth, and cascade to their children', async () => {
      const root = await make(app.api, ITEMS, { device: b.devices[0], name: 'Chassis' });
      const mid = await make(app.api, ITEMS, { device: b.devices[0], name: 'Card', parent: root.id });
      const leaf = await make(app.api, ITEMS, { device: b.devices[0], name: 'Optic', parent: mid.id });
      expect([root._depth, mid._depth, leaf._depth]).toEqual([0, 1, 2]);
      let res = await app.api.post(ITEMS, { device: b.devices[1], name: 'Stray', parent: root.id });
      expect(res.body).toEqual({ parent: ['Parent inventory item does not belong to the same device.'] });
      res = await app.api.patch(`${ITEMS}${root.id}/`, { parent: root.id });
      expect(res.body).toEqual({ parent: ['Cannot assign self as parent.'] });
      res = await app.api.patch(`${ITEMS}${root.id}/`, { parent: leaf.id });
      expect(res.body).toEqual({ parent: ['Cannot assign a child object as the parent.'] });
      res = await app.api.patch(`${ITEMS}${root.id}/`, { device: b.devices[1] });
      expect(res.body).toEqual({ non_field_errors: ['Cannot move an inventory item with dependent children'] });
      expect((await app.api.delete(`${ITEMS}${root.id}/`)).status).toBe(204);
      expect((await app.api.get(`${ITEMS}${leaf.id}/`)).status).toBe(404);
    });

    it('are unique by name under one parent of a device, top level included', async () => {
      await make(app.api, ITEMS, { device: b.devices[2], name: 'PSU' });
      const res = await app.api.post(ITEMS, { device: b.devices[2], name: 'PSU' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['The fields device, parent, name must make a unique set.'] });
      await make(app.api, ITEMS, { device: b.devices[1], name: 'PSU' });
    });

    it('have unique asset tags (blank is none)', async () => {
      await make(app.api, ITEMS, { device: b.devices[2], name: 'Tagged', asset_tag: 'INV-1' });
      await make(app.api, ITEMS, { device: b.devices[2], name: 'Blank 1', asset_tag: '' });
      await make(app.api, ITEMS, { device: b.devices[2], name: 'Blank 2', asset_tag: '' });
      const res = await app.api.post(ITEMS, { device: b.devices[1], name: 'Tagged', asset_tag: 'INV-1' });
      expect(res.body).toEqual({ asset_tag: ['inventory item with this asset tag already exists.'] });
    });

    it('link to a component of the same device only', async () => {
      const mine = await make(app.api, path('interfaces'), { device: b.devices[0], name: 'xe-0/0/0', type: '10gbase-x-sfpp' });
      const theirs = await make(app.api, path('interfaces'), { device: b.devices[1], name: 'xe-0/0/0', type: '10gbase-x-sfpp' });
      const res = await app.api.post(ITEMS, { device: b.devices[0], name: 'SFP+', component_type: 'dcim.interface', component_id: theirs.id });
      expect(res.body).toEqual({ device: ['Cannot assign inventory item to component on another device'] });
      const ok = await make(app.api, ITEMS, { device: b.devices[0], name: 'SFP+', component_type: 'dcim.interface', component_id: mine.id });
      expect(ok.component).toMatchObject({ id: mine.id, name: 'xe-0/0/0' });
      const bad = await app.api.post(ITEMS, { device: b.devices[0], name: 'SFP-', component_type: 'dcim.device', component_id: b.devices[0] });
      expect(bad.body).toEqual({ component_type: ['Invalid object type for component: dcim.device.'] });
    });
  });
});
