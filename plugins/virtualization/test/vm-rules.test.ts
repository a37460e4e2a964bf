/**
 * Virtual machine rules (NetBox 4.2's VirtualMachine.clean()/save()): placement in a site and/or
 * cluster, the host device in the cluster, VM roles only, vCPU limits, names unique per cluster
 * and tenant, the disk size that follows the virtual disks, delete protection and cascades, and
 * the VM counts on tenants and sites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { CLUSTERS, VIRTUAL_DISKS, VMS, VM_INTERFACES, catalog, make, virtualizationApp, type Catalog } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let c: Catalog;
  let n = 0;
  let siteCluster: number;
  let openCluster: number;
  let host: number;
  beforeAll(async () => {
    app = await createTestApp({ ...virtualizationApp, database });
    c = await catalog(app);
    siteCluster = (await make(app.api, CLUSTERS, { name: 'site-cluster', type: c.types[0], scope_type: 'dcim.site', scope_id: c.sites[0] })).id;
    openCluster = (await make(app.api, CLUSTERS, { name: 'open-cluster', type: c.types[0] })).id;
    host = (await make(app.api, '/api/dcim/devices/', { name: 'host', device_type: c.deviceType, role: c.role, site: c.sites[0], cluster: siteCluster })).id;
  });
  afterAll(async () => app?.close());

  const vm = async (extra: Record<string, unknown>) => make(app.api, VMS, { name: `vm-${++n}`, ...extra });
  const refuse = async (body: Record<string, unknown>, errors: Record<string, string[]>) => {
    const res = await app.api.post(VMS, { name: `bad-${++n}`, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
  };

  describe('placement', () => {
    it('needs a site or a cluster', async () => {
      await refuse({}, { cluster: ['A virtual machine must be assigned to a site and/or cluster.'] });
      expect((await vm({ site: c.sites[1] })).cluster).toBeNull();
    });
    it('takes its site from the cluster\'s scope when none is given', async () => {
      const v = await vm({ cluster: siteCluster });
      expect(v.site.id).toBe(c.sites[0]);
      expect((await vm({ cluster: openCluster })).site).toBeNull();
    });
    it('refuses a cluster scoped to another site', async () => {
      await refuse({ cluster: siteCluster, site: c.sites[1] }, { cluster: ['The selected cluster (site-cluster) is not assigned to this site (Site 2).'] });
      expect((await vm({ cluster: openCluster, site: c.sites[1] })).site.id).toBe(c.sites[1]);
    });
    it('pins to a host device only within the cluster', async () => {
      await refuse({ site: c.sites[0], device: host }, { device: ['Must specify a cluster when assigning a host device.'] });
      await refuse({ cluster: openCluster, device: host }, { device: ['The selected device (host) is not assigned to this cluster (open-cluster).'] });
      expect((await vm({ cluster: siteCluster, device: host })).device.id).toBe(host);
    });
    it('takes only roles meant for VMs', async () => {
      await refuse({ site: c.sites[0], role: c.role }, { role: [`device role instance with id ${c.role} does not exist.`] });
      expect((await vm({ site: c.sites[0], role: c.vmRole })).role.id).toBe(c.vmRole);
    });
  });

  describe('resources', () => {
    it('checks vCPUs: at least 0.01, two decimal places, six digits', async () => {
      await refuse({ site: c.sites[0], vcpus: 0 }, { vcpus: ['Ensure this value is greater than or equal to 0.01.'] });
      await refuse({ site: c.sites[0], vcpus: 1.234 }, { vcpus: ['Ensure that there are no more than 2 decimal places.'] });
      await refuse({ site: c.sites[0], vcpus: 12345.5 }, { vcpus: ['Ensure that there are no more than 4 digits before the decimal point.'] });
      await refuse({ site: c.sites[0], memory: -1 }, { memory: ['Ensure this value is greater than or equal to 0.'] });
      expect((await vm({ site: c.sites[0], vcpus: '0.5' })).vcpus).toBe(0.5);
    });
    it('keeps disk equal to the sum of the virtual disks, in the same request', async () => {
      const v = await vm({ site: c.sites[0], disk: 5 });
      const d1 = await make(app.api, VIRTUAL_DISKS, { virtual_machine: v.id, name: 'sda', size: 100 });
      await make(app.api, VIRTUAL_DISKS, { virtual_machine: v.id, name: 'sdb', size: 50 });
      let got = (await app.api.get(`${VMS}${v.id}/`)).body;
      expect([got.disk, got.virtual_disk_count]).toEqual([150, 2]);
      expect((await app.api.patch(`${VIRTUAL_DISKS}${d1.id}/`, { size: 10 })).status).toBe(200);
      expect((await app.api.get(`${VMS}${v.id}/`)).body.disk).toBe(60);
      const res = await app.api.patch(`${VMS}${v.id}/`, { disk: 1000 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ disk: ['The specified disk size (1000) must match the aggregate size of assigned virtual disks (60).'] });
      got = (await app.api.patch(`${VMS}${v.id}/`, { disk: null })).body;
      expect(got.disk).toBe(60);
      expect((await app.api.delete(`${VIRTUAL_DISKS}${d1.id}/`)).status).toBe(204);
      expect((await app.api.get(`${VMS}${v.id}/`)).body.disk).toBe(50);
    });
    it('forgets the disk size when the last virtual disk goes', async () => {
      const v = await vm({ site: c.sites[0] });
      const d = await make(app.api, VIRTUAL_DISKS, { virtual_machine: v.id, name: 'only', size: 7 });
      expect((await app.api.delete(`${VIRTUAL_DISKS}${d.id}/`)).status).toBe(204);
      expect((await app.api.get(`${VMS}${v.id}/`)).body.disk).toBeNull();
    });
    it('refuses a second virtual disk of the same name on a VM, ignoring case', async () => {
      const v = await vm({ site: c.sites[0] });
      await make(app.api, VIRTUAL_DISKS, { virtual_machine: v.id, name: 'data', size: 1 });
      const res = await app.api.post(VIRTUAL_DISKS, { virtual_machine: v.id, name: 'DATA', size: 1 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Constraint “virtualization_virtualdisk_unique_name_virtual_machine” is violated.'] });
      const other = await vm({ site: c.sites[0] });
      await make(app.api, VIRTUAL_DISKS, { virtual_machine: other.id, name: 'data', size: 1 });
    });
  });

  describe('names', () => {
    it('are unique per cluster among VMs without a tenant, ignoring case', async () => {
      await vm({ name: 'web', cluster: openCluster });
      await refuse({ name: 'WEB', cluster: openCluster }, { non_field_errors: ['Virtual machine name must be unique per cluster.'] });
      await vm({ name: 'web', cluster: siteCluster });
      await vm({ name: 'web', cluster: openCluster, tenant: c.tenant });
    });
    it('are unique per cluster and tenant', async () => {
      await vm({ name: 'db', cluster: openCluster, tenant: c.tenant });
      await refuse({ name: 'Db', cluster: openCluster, tenant: c.tenant },
        { non_field_errors: ['Constraint “virtualization_virtualmachine_unique_name_cluster_tenant” is violated.'] });
    });
    it('may repeat outside clusters (NetBox 4.2 has no per-site constraint)', async () => {
      await vm({ name: 'lonely', site: c.sites[2] });
      await vm({ name: 'lonely', site: c.sites[2] });
    });
    it('are checked on rename, but a VM keeps its own name', async () => {
      await vm({ name: 'taken', cluster: openCluster });
      const v = await vm({ name: 'free', cluster: openCluster });
      expect((await app.api.patch(`${VMS}${v.id}/`, { name: 'TAKEN' })).status).toBe(400);
      expect((await app.api.patch(`${VMS}${v.id}/`, { name: 'FREE' })).status).toBe(200);
    });
    it('sort naturally', async () => {
      for (const name of ['nat-10', 'nat-9', 'nat-1']) await vm({ name, site: c.sites[2] });
      const res = await app.api.get(`${VMS}?name__isw=nat-`);
      expect(res.body.results.map((r: { name: string }) => r.name)).toEqual(['nat-1', 'nat-9', 'nat-10']);
    });
  });

  describe('deletes and counts', () => {
    it('protects the site, host device and role a VM uses (409)', async () => {
      const site = await make(app.api, '/api/dcim/sites/', { name: 'VM Site', slug: 'vm-site' });
      const role = await make(app.api, '/api/dcim/device-roles/', { name: 'VM Only', slug: 'vm-only', color: 'ff0000' });
      const v = await vm({ cluster: siteCluster, device: host, role: role.id, platform: c.platform });
      await vm({ site: site.id });
      expect((await app.api.delete(`/api/dcim/sites/${site.id}/`)).status).toBe(409);
      expect((await app.api.delete(`/api/dcim/devices/${host}/`)).status).toBe(409);
      expect((await app.api.delete(`/api/dcim/device-roles/${role.id}/`)).status).toBe(409);
      // A platform is SET_NULL.
      const platform = await make(app.api, '/api/dcim/platforms/', { name: 'Gone', slug: 'gone' });
      expect((await app.api.patch(`${VMS}${v.id}/`, { platform: platform.id })).status).toBe(200);
      expect((await app.api.delete(`/api/dcim/platforms/${platform.id}/`)).status).toBe(204);
      expect((await app.api.get(`${VMS}${v.id}/`)).body.platform).toBeNull();
    });
    it('takes its interfaces, disks and their MAC addresses with it', async () => {
      const v = await vm({ site: c.sites[0] });
      const i = await make(app.api, VM_INTERFACES, { virtual_machine: v.id, name: 'eth0' });
      const d = await make(app.api, VIRTUAL_DISKS, { virtual_machine: v.id, name: 'sda', size: 1 });
      const mac = await make(app.api, '/api/dcim/mac-addresses/', { mac_address: '02:00:00:00:00:01', assigned_object_type: 'virtualization.vminterface', assigned_object_id: i.id });
      expect((await app.api.delete(`${VMS}${v.id}/`)).status).toBe(204);
      expect((await app.api.get(`${VM_INTERFACES}${i.id}/`)).status).toBe(404);
      expect((await app.api.get(`${VIRTUAL_DISKS}${d.id}/`)).status).toBe(404);
      expect((await app.api.get(`/api/dcim/mac-addresses/${mac.id}/`)).status).toBe(404);
    });
    it('counts VMs and clusters on tenants and VMs on sites, in NetBox\'s key order', async () => {
      const tenant = await make(app.api, '/api/tenancy/tenants/', { name: 'Counted', slug: 'counted' });
      const site = await make(app.api, '/api/dcim/sites/', { name: 'Counted', slug: 'counted' });
      await make(app.api, CLUSTERS, { name: 'counted', type: c.types[0], tenant: tenant.id });
      await vm({ site: site.id, tenant: tenant.id });
      await vm({ site: site.id });
      const t = (await app.api.get(`/api/tenancy/tenants/${tenant.id}/`)).body;
      expect([t.virtualmachine_count, t.cluster_count]).toEqual([1, 1]);
      const keys = Object.keys(t);
      expect(keys.indexOf('virtualmachine_count')).toBe(keys.indexOf('site_count') + 1);
      expect(keys.at(-1)).toBe('cluster_count');
      const s = (await app.api.get(`/api/dcim/sites/${site.id}/`)).body;
      expect(s.virtualmachine_count).toBe(2);
      const sk = Object.keys(s);
      expect(sk.indexOf('virtualmachine_count')).toBe(sk.indexOf('rack_count') + 1);
    });

    it('counts VMs on device roles and platforms, last as in NetBox', async () => {
      const role = await make(app.api, '/api/dcim/device-roles/', { name: 'Counted role', slug: 'counted-role', color: '0000ff', vm_role: true });
      const platform = await make(app.api, '/api/dcim/platforms/', { name: 'Counted OS', slug: 'counted-os' });
      const site = await make(app.api, '/api/dcim/sites/', { name: 'Counted 2', slug: 'counted-2' });
      await vm({ site: site.id, role: role.id, platform: platform.id });
      await vm({ site: site.id, role: role.id });
      const r = (await app.api.get(`/api/dcim/device-roles/${role.id}/`)).body;
      expect([r.device_count, r.virtualmachine_count]).toEqual([0, 2]);
      expect(Object.keys(r).at(-1)).toBe('virtualmachine_count');
      const p = (await app.api.get(`/api/dcim/platforms/${platform.id}/`)).body;
      expect([p.device_count, p.virtualmachine_count]).toEqual([0, 1]);
      expect(Object.keys(p).at(-1)).toBe('virtualmachine_count');
      expect((await app.api.get(`/api/dcim/device-roles/${role.id}/?brief=true`)).body).toMatchObject({ device_count: 0, virtualmachine_count: 2 });
    });
  });
});
