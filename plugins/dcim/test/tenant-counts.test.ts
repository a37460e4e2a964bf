/** The counts dcim adds to tenancy's Tenant (device_count, rack_count, site_count), in the reference's key order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { catalog, dcimApp, DEVICES, make } from './devices/fixtures.js';

eachDatabase(() => {
  describe('tenant counts from dcim', () => {
    let app: TestApp;
    let tenant: number;
    let other: number;
    beforeAll(async () => {
      app = await createTestApp(dcimApp);
      const c = await catalog(app);
      tenant = c.tenant;
      other = (await make(app.api, '/api/tenancy/tenants/', { name: 'Tenant 2', slug: 'tenant-2' })).id;
      await make(app.api, '/api/dcim/sites/', { name: 'Tenant site', slug: 'tenant-site', tenant });
      await make(app.api, '/api/dcim/racks/', { name: 'Tenant rack', site: c.sites[1], tenant });
      await make(app.api, '/api/dcim/racks/', { name: 'Tenant rack 2', site: c.sites[1], tenant });
      for (const name of ['t-dev-1', 'T-DEV-2', 't-dev-3'])
        await make(app.api, DEVICES, { name, device_type: c.types.u1, role: c.role, site: c.sites[2], tenant });
    });
    afterAll(async () => app.close());

    it('counts each tenant’s devices, racks and sites after last_updated', async () => {
      const res = await app.api.get(`/api/tenancy/tenants/${tenant}/`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ device_count: 3, rack_count: 2, site_count: 1 });
      const keys = Object.keys(res.body);
      expect(keys.slice(keys.indexOf('last_updated'))).toEqual(['last_updated', 'device_count', 'rack_count', 'site_count']);
      const empty = await app.api.get(`/api/tenancy/tenants/${other}/`);
      expect(empty.body).toMatchObject({ device_count: 0, rack_count: 0, site_count: 0 });
    });

    it('computes the counts of a whole page without one query per tenant', async () => {
      app.queries.reset();
      await app.api.get('/api/tenancy/tenants/?limit=1');
      const one = app.queries.total;
      app.queries.reset();
      const list = await app.api.get('/api/tenancy/tenants/?ordering=name&limit=2');
      expect(app.queries.total).toBe(one);
      expect(list.body.results.map((t: any) => [t.name, t.device_count, t.rack_count, t.site_count])).toEqual([
        ['Tenant 1', 3, 2, 1],
        ['Tenant 2', 0, 0, 0],
      ]);
    });

    it('leaves the counts out of the brief form', async () => {
      const res = await app.api.get(`/api/tenancy/tenants/${tenant}/?brief=true`);
      expect(res.body).not.toHaveProperty('device_count');
    });
  });
});
