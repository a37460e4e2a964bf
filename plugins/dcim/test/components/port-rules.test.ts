/** Validation rules of ports and outlets (NetBox's clean()): module and names per device, draw, outlets, front/rear ports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, dcimApp, make, path, type Base } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
  }, 600_000);
  afterAll(async () => app.close());

  describe('every component', () => {
    it('refuses a second component of the same name on a device, not on another device', async () => {
      await make(app.api, path('console-ports'), { device: b.devices[0], name: 'con0' });
      const dup = await app.api.post(path('console-ports'), { device: b.devices[0], name: 'con0' });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['The fields device, name must make a unique set.'] });
      await make(app.api, path('console-ports'), { device: b.devices[1], name: 'con0' });
    });

    it('refuses a module of another device', async () => {
      const bay = await make(app.api, path('module-bays'), { device: b.devices[0], name: 'mb-rule', position: '7' });
      const module = await make(app.api, path('modules'), { device: b.devices[0], module_bay: bay.id, module_type: b.moduleType, status: 'active' });
      const res = await app.api.post(path('power-ports'), { device: b.devices[1], name: 'PSU-m', module: module.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ module: ['The selected module does not belong to the same device.'] });
      const ok = await make(app.api, path('power-ports'), { device: b.devices[0], name: 'PSU-m', module: module.id });
      expect(ok.module).toMatchObject({ id: module.id });
    });

    it('requires a device and a name', async () => {
      const res = await app.api.post(path('interfaces'), { type: 'virtual' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ device: ['This field is required.'], name: ['This field is required.'] });
    });

    it('orders names naturally within a device', async () => {
      for (const name of ['Gi1/0/10', 'Gi1/0/2', 'Gi1/0/1', 'Gi2/0/1'])
        await make(app.api, path('interfaces'), { device: b.devices[2], name, type: '1000base-t' });
      const res = await app.api.get(`${path('interfaces')}?device_id=${b.devices[2]}&name__isw=Gi`);
      expect(res.body.results.map((r: any) => r.name)).toEqual(['Gi1/0/1', 'Gi1/0/2', 'Gi1/0/10', 'Gi2/0/1']);
    });
  });

  describe('power', () => {
    it('refuses an allocated draw above the maximum draw', async () => {
      const res = await app.api.post(path('power-ports'), { device: b.devices[0], name: 'PSU-x', maximum_draw: 100, allocated_draw: 101 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ allocated_draw: ['Allocated draw cannot exceed the maximum draw (100W).'] });
      const port = await make(app.api, path('power-ports'), { device: b.devices[0], name: 'PSU-x', maximum_draw: 100, allocated_draw: 100 });
      const patch = await app.api.patch(`${path('power-ports')}${port.id}/`, { maximum_draw: 50 });
      expect(patch.status).toBe(400);
      expect(patch.body).toEqual({ allocated_draw: ['Allocated draw cannot exceed the maximum draw (50W).'] });
    });

    it('refuses draws below 1 W', async () => {
      const res = await app.api.post(path('power-ports'), { device: b.devices[0], name: 'PSU-z', maximum_draw: 0 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ maximum_draw: ['Ensure this value is greater than or equal to 1.'] });
    });

    it('feeds an outlet only from a power port of the same device', async () => {
      const port = await make(app.api, path('power-ports'), { device: b.devices[1], name: 'Inlet-o' });
      const res = await app.api.post(path('power-outlets'), { device: b.devices[0], name: 'Out-o', power_port: port.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Parent power port (Inlet-o) must belong to the same device'] });
      const ok = await make(app.api, path('power-outlets'), { device: b.devices[1], name: 'Out-o', power_port: port.id, feed_leg: 'A' });
      expect(ok.power_port).toMatchObject({ id: port.id, name: 'Inlet-o' });
      expect(ok.feed_leg).toEqual({ value: 'A', label: 'A' });
    });

    it('clears the outlet link when its power port is deleted', async () => {
      const port = await make(app.api, path('power-ports'), { device: b.devices[2], name: 'Inlet-d' });
      const outlet = await make(app.api, path('power-outlets'), { device: b.devices[2], name: 'Out-d', power_port: port.id });
      expect((await app.api.delete(`${path('power-ports')}${port.id}/`)).status).toBe(204);
      expect((await app.api.get(`${path('power-outlets')}${outlet.id}/`)).body.power_port).toBeNull();
    });
  });

  describe('front and rear ports', () => {
    it('maps a front port to a rear port of the same device, within its positions, once per position', async () => {
      const rear = await make(app.api, path('rear-ports'), { device: b.devices[0], name: 'R-fr', type: 'lc', positions: 2 });
      const other = await make(app.api, path('rear-ports'), { device: b.devices[1], name: 'R-fr', type: 'lc' });
      let res = await app.api.post(path('front-ports'), { device: b.devices[0], name: 'F-x', type: 'lc', rear_port: other.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ rear_port: ['Rear port (R-fr) must belong to the same device'] });
      res = await app.api.post(path('front-ports'), { device: b.devices[0], name: 'F-x', type: 'lc', rear_port: rear.id, rear_port_position: 3 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ rear_port_position: ['Invalid rear port position (3): Rear port R-fr has only 2 positions'] });
      await make(app.api, path('front-ports'), { device: b.devices[0], name: 'F-1', type: 'lc', rear_port: rear.id, rear_port_position: 2 });
      res = await app.api.post(path('front-ports'), { device: b.devices[0], name: 'F-2', type: 'lc', rear_port: rear.id, rear_port_position: 2 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['The fields rear_port, rear_port_position must make a unique set.'] });
    });

    it('keeps a rear port from dropping below the positions its front ports use', async () => {
      const rear = await make(app.api, path('rear-ports'), { device: b.devices[2], name: 'R-pos', type: 'lc', positions: 4 });
      await make(app.api, path('front-ports'), { device: b.devices[2], name: 'F-p1', type: 'lc', rear_port: rear.id, rear_port_position: 1 });
      await make(app.api, path('front-ports'), { device: b.devices[2], name: 'F-p3', type: 'lc', rear_port: rear.id, rear_port_position: 3 });
      const res = await app.api.patch(`${path('rear-ports')}${rear.id}/`, { positions: 2 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ positions: ['The number of positions cannot be less than the number of mapped front ports (2)'] });
      expect((await app.api.patch(`${path('rear-ports')}${rear.id}/`, { positions: 3 })).status).toBe(200);
    });

    it('takes 1…1024 positions and deletes its front ports with it', async () => {
      for (const positions of [0, 1025]) {
        const res = await app.api.post(path('rear-ports'), { device: b.devices[1], name: 'R-bad', type: 'lc', positions });
        expect(res.status).toBe(400);
        expect(Object.keys(res.body)).toEqual(['positions']);
      }
      const rear = await make(app.api, path('rear-ports'), { device: b.devices[1], name: 'R-del', type: 'lc', positions: 1024 });
      const front = await make(app.api, path('front-ports'), { device: b.devices[1], name: 'F-del', type: 'lc', rear_port: rear.id, rear_port_position: 1024 });
      expect((await app.api.delete(`${path('rear-ports')}${rear.id}/`)).status).toBe(204);
      expect((await app.api.get(`${path('front-ports')}${front.id}/`)).status).toBe(404);
    });
  });
});
