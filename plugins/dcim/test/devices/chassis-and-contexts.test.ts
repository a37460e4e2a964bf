/**
 * Virtual chassis (the master is a member; a new chassis's master joins it; deleting a chassis
 * frees its members) and virtual device contexts (name and identifier unique per device,
 * interface count).
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

  const device = async (extra: Record<string, unknown> = {}) =>
    make(app.api, DEVICES, { name: `m-${++n}`, device_type: c.types.u1, role: c.role, site: c.sites[0], ...extra });

  describe('virtual chassis', () => {
    it('makes a new chassis’s master its member at position 1', async () => {
      const master = await device();
      const vc = await make(app.api, CHASSIS, { name: 'stack-1', master: master.id });
      expect(vc.master).toMatchObject({ id: master.id, name: master.name });
      const after = (await app.api.get(`${DEVICES}${master.id}/`)).body;
      expect(after.virtual_chassis).toMatchObject({ id: vc.id, name: 'stack-1' });
      expect(after.vc_position).toBe(1);
      const shown = (await app.api.get(`${CHASSIS}${vc.id}/`)).body;
      expect(shown.member_count).toBe(1);
      expect(shown.members).toEqual([{ id: master.id, url: expect.stringMatching(/\/api\/dcim\/devices\/\d+\/$/), display_url: expect.stringMatching(/\/dcim\/devices\/\d+\/$/), display: master.name, name: master.name }]);
    });
    it('refuses a master that is not a member, on update', async () => {
      const vc = await make(app.api, CHASSIS, { name: 'stack-2' });
      const outsider = await device();
      const res = await app.api.patch(`${CHASSIS}${vc.id}/`, { master: outsider.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ master: [`The selected master (${outsider.name}) is not assigned to this virtual chassis.`] });
      await app.api.patch(`${DEVICES}${outsider.id}/`, { virtual_chassis: vc.id, vc_position: 3 });
      expect((await app.api.patch(`${CHASSIS}${vc.id}/`, { master: outsider.id })).body.master.id).toBe(outsider.id);
    });
    it('refuses a device as master of two chassis', async () => {
      const master = await device();
      await make(app.api, CHASSIS, { name: 'stack-3', master: master.id });
      const res = await app.api.post(CHASSIS, { name: 'stack-4', master: master.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ master: ['virtual chassis with this master already exists.'] });
    });
    it('keeps its master in it: the master cannot leave', async () => {
      const master = await device();
      const vc = await make(app.api, CHASSIS, { name: 'stack-5', master: master.id });
      const res = await app.api.patch(`${DEVICES}${master.id}/`, { virtual_chassis: null, vc_position: null });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ virtual_chassis: ['Device cannot be removed from virtual chassis stack-5 because it is currently designated as its master.'] });
      expect((await app.api.get(`${CHASSIS}${vc.id}/`)).body.member_count).toBe(1);
    });
    it('frees its members when deleted: no chassis, position or priority', async () => {
      const vc = await make(app.api, CHASSIS, { name: 'stack-6' });
      const a = await device({ virtual_chassis: vc.id, vc_position: 1, vc_priority: 100 });
      const b = await device({ virtual_chassis: vc.id, vc_position: 2 });
      await app.api.patch(`${CHASSIS}${vc.id}/`, { master: a.id });
      expect((await app.api.delete(`${CHASSIS}${vc.id}/`)).status).toBe(204);
      for (const id of [a.id, b.id]) {
        const d = (await app.api.get(`${DEVICES}${id}/`)).body;
        expect([d.virtual_chassis, d.vc_position, d.vc_priority]).toEqual([null, null, null]);
      }
    });
    it('needs a name', async () => {
      const res = await app.api.post(CHASSIS, { domain: 'x' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ name: ['This field is required.'] });
    });
  });

  describe('virtual device contexts', () => {
    it('have a name and an identifier unique per device', async () => {
      const d = await device();
      const other = await device();
      await make(app.api, VDCS, { name: 'ctx-a', device: d.id, identifier: 1, status: 'active' });
      const sameId = await app.api.post(VDCS, { name: 'ctx-b', device: d.id, identifier: 1, status: 'active' });
      expect(sameId.status).toBe(400);
      expect(sameId.body).toEqual({ non_field_errors: ['Virtual device context with this Device and Identifier already exists.'] });
      const sameName = await app.api.post(VDCS, { name: 'ctx-a', device: d.id, identifier: 2, status: 'active' });
      expect(sameName.body).toEqual({ non_field_errors: ['Virtual device context with this Device and Name already exists.'] });
      await make(app.api, VDCS, { name: 'ctx-a', device: other.id, identifier: 1, status: 'active' });
      // Contexts without an identifier do not clash.
      await make(app.api, VDCS, { name: 'ctx-c', device: d.id, status: 'planned' });
      await make(app.api, VDCS, { name: 'ctx-d', device: d.id, status: 'planned' });
    });
    it('need a device, a name and a status; identifiers fit a smallint', async () => {
      const res = await app.api.post(VDCS, {});
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ name: ['This field is required.'], device: ['This field is required.'], status: ['This field is required.'] });
      const d = await device();
      const big = await app.api.post(VDCS, { name: 'x', device: d.id, status: 'active', identifier: 40000 });
      expect(big.body).toEqual({ identifier: ['Ensure this value is less than or equal to 32767.'] });
    });
    it('count the interfaces assigned to them, and filter by interface', async () => {
      const d = await device();
      const vdc = await make(app.api, VDCS, { name: 'ctx-if', device: d.id, status: 'active' });
      expect(vdc.interface_count).toBe(0);
      const iface = await make(app.api, `${API}/interfaces/`, { device: d.id, name: 'eth9', type: '1000base-t', vdcs: [vdc.id] });
      expect((await app.api.get(`${VDCS}${vdc.id}/`)).body.interface_count).toBe(1);
      expect((await app.api.get(`${VDCS}?interface_id=${iface.id}`)).body.results.map((v: any) => v.id)).toEqual([vdc.id]);
      expect((await app.api.get(`${DEVICES}?has_virtual_device_context=true&id=${d.id}`)).body.count).toBe(1);
    });
  });
});
