/**
 * Cluster rules: the 4.2 scope (allowed types, cached site/location/region filters), host devices
 * that must sit in the scope's site or location, names unique per group and per site, counts and
 * sums, delete protection; and the cluster rule NetBox's Device.clean() adds to devices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { CLUSTERS, CLUSTER_GROUPS, CLUSTER_TYPES, VMS, catalog, make, virtualizationApp, type Catalog } from './fixtures.js';

const DEVICES = '/api/dcim/devices/';

eachDatabase((database) => {
  let app: TestApp;
  let c: Catalog;
  let n = 0;
  beforeAll(async () => {
    app = await createTestApp({ ...virtualizationApp, database });
    c = await catalog(app);
  });
  afterAll(async () => app?.close());

  const cluster = async (extra: Record<string, unknown> = {}) => make(app.api, CLUSTERS, { name: `c-${++n}`, type: c.types[0], ...extra });
  const device = async (extra: Record<string, unknown>) =>
    make(app.api, DEVICES, { name: `d-${++n}`, device_type: c.deviceType, role: c.role, site: c.sites[0], ...extra });
  const expect400 = async (res: { status: number; body: unknown }, errors: Record<string, string[]>) => {
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
  };

  describe('scope', () => {
    it('shows the scope as type, id and the brief object', async () => {
      const cl = await cluster({ scope_type: 'dcim.location', scope_id: c.location });
      expect(cl.scope_type).toBe('dcim.location');
      expect(cl.scope_id).toBe(c.location);
      expect(cl.scope).toMatchObject({ id: c.location, name: 'Loc 1', slug: 'loc-1' });
      expect(Object.keys(cl)).toEqual([
        'id', 'url', 'display_url', 'display', 'name', 'type', 'group', 'status', 'tenant', 'scope_type', 'scope_id', 'scope',
        'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
        'device_count', 'virtualmachine_count', 'allocated_vcpus', 'allocated_memory', 'allocated_disk',
      ]);
    });
    it('filters a location-scoped cluster by the location, its site and the site\'s region (cached)', async () => {
      const cl = await cluster({ scope_type: 'dcim.location', scope_id: c.location, description: 'cached-scope' });
      for (const q of [`location_id=${c.location}`, 'site=site-1', `site_id=${c.sites[0]}`, 'region=r-1']) {
        const res = await app.api.get(`${CLUSTERS}?description=cached-scope&${q}`);
        expect(res.body.results.map((r: { id: number }) => r.id), q).toEqual([cl.id]);
      }
      expect((await app.api.get(`${CLUSTERS}?description=cached-scope&site=site-2`)).body.count).toBe(0);
    });
    it('follows a move of the scope: changing the scope re-caches the site', async () => {
      const cl = await cluster({ scope_type: 'dcim.site', scope_id: c.sites[0], description: 'moving' });
      expect((await app.api.patch(`${CLUSTERS}${cl.id}/`, { scope_type: 'dcim.site', scope_id: c.sites[1] })).status).toBe(200);
      expect((await app.api.get(`${CLUSTERS}?description=moving&site_id=${c.sites[1]}`)).body.count).toBe(1);
      expect((await app.api.get(`${CLUSTERS}?description=moving&site_id=${c.sites[0]}`)).body.count).toBe(0);
    });
    it('refuses a scope of another type, a type without an id, and a missing object', async () => {
      const bad = await app.api.post(CLUSTERS, { name: 'bad', type: c.types[0], scope_type: 'dcim.device', scope_id: 1 });
      expect(bad.status).toBe(400);
      expect(bad.body).toHaveProperty('scope_type');
      const half = await app.api.post(CLUSTERS, { name: 'bad', type: c.types[0], scope_type: 'dcim.site' });
      expect(half.status).toBe(400);
      const missing = await app.api.post(CLUSTERS, { name: 'bad', type: c.types[0], scope_type: 'dcim.site', scope_id: 99999 });
      expect(missing.status).toBe(400);
      expect(missing.body).toHaveProperty('scope_id');
    });
  });

  describe('host devices', () => {
    it('refuses a new scope site when host devices sit elsewhere', async () => {
      const cl = await cluster({ scope_type: 'dcim.site', scope_id: c.sites[0] });
      await device({ cluster: cl.id });
      await expect400(await app.api.patch(`${CLUSTERS}${cl.id}/`, { scope_type: 'dcim.site', scope_id: c.sites[1] }),
        { scope: ['1 devices are assigned as hosts for this cluster but are not in site Site 2'] });
      await expect400(await app.api.patch(`${CLUSTERS}${cl.id}/`, { scope_type: 'dcim.location', scope_id: c.location }),
        { scope: ['1 devices are assigned as hosts for this cluster but are not in location Loc 1'] });
      // A region scope says nothing about sites.
      expect((await app.api.patch(`${CLUSTERS}${cl.id}/`, { scope_type: 'dcim.region', scope_id: c.region })).status).toBe(200);
    });
    it('refuses a device in another site than its cluster (Device.clean)', async () => {
      const cl = await cluster({ scope_type: 'dcim.site', scope_id: c.sites[0] });
      await expect400(await app.api.post(DEVICES, { name: 'elsewhere', device_type: c.deviceType, role: c.role, site: c.sites[1], cluster: cl.id }),
        { cluster: ['The assigned cluster belongs to a different site (Site 1)'] });
      const d = await device({});
      await expect400(await app.api.patch(`${DEVICES}${d.id}/`, { site: c.sites[1], cluster: cl.id }),
        { cluster: ['The assigned cluster belongs to a different site (Site 1)'] });
    });
    it('refuses a device outside its cluster\'s location', async () => {
      const cl = await cluster({ scope_type: 'dcim.location', scope_id: c.location });
      await expect400(await app.api.post(DEVICES, { name: 'no-loc', device_type: c.deviceType, role: c.role, site: c.sites[0], cluster: cl.id }),
        { cluster: ['The assigned cluster belongs to a different location (Loc 1)'] });
      expect((await device({ location: c.location, cluster: cl.id })).cluster.id).toBe(cl.id);
    });
    it('shows the device\'s cluster in NetBox\'s place, filters devices by cluster and cluster group', async () => {
      const cl = await cluster({ group: c.groups[2] });
      const d = await device({ cluster: cl.id });
      const keys = Object.keys(d);
      expect(keys.indexOf('cluster')).toBeGreaterThan(keys.indexOf('airflow'));
      expect(keys.indexOf('cluster')).toBe(keys.indexOf('virtual_chassis') - 1);
      expect(d.cluster).toEqual({
        id: cl.id, url: expect.stringContaining(`/api/virtualization/clusters/${cl.id}/`), display: cl.name, name: cl.name,
        description: '', virtualmachine_count: 0,
      });
      expect((await app.api.get(`${DEVICES}?cluster_id=${cl.id}`)).body.results.map((r: { id: number }) => r.id)).toEqual([d.id]);
      expect((await app.api.get(`${DEVICES}?cluster_group=cg-3`)).body.results.map((r: { id: number }) => r.id)).toEqual([d.id]);
      expect((await app.api.get(`${DEVICES}?cluster_group_id=${c.groups[2]}`)).body.count).toBe(1);
    });
    it('lets a deleted cluster\'s devices go (SET NULL)', async () => {
      const cl = await cluster({});
      const d = await device({ cluster: cl.id });
      expect((await app.api.delete(`${CLUSTERS}${cl.id}/`)).status).toBe(204);
      expect((await app.api.get(`${DEVICES}${d.id}/`)).body.cluster).toBeNull();
    });
  });

  describe('names', () => {
    it('are unique per group and per scope site', async () => {
      await cluster({ name: 'pool', group: c.groups[0] });
      await expect400(await app.api.post(CLUSTERS, { name: 'pool', type: c.types[1], group: c.groups[0] }),
        { non_field_errors: ['The fields group, name must make a unique set.'] });
      await cluster({ name: 'pool', group: c.groups[1] });
      await cluster({ name: 'site-pool', scope_type: 'dcim.site', scope_id: c.sites[2] });
      await expect400(await app.api.post(CLUSTERS, { name: 'site-pool', type: c.types[0], scope_type: 'dcim.site', scope_id: c.sites[2] }),
        { non_field_errors: ['Cluster with this  site and Name already exists.'] });
      await cluster({ name: 'site-pool', scope_type: 'dcim.site', scope_id: c.sites[1] });
    });
  });

  describe('counts and protection', () => {
    it('counts hosts, VMs and the resources allocated to them', async () => {
      const cl = await cluster({ scope_type: 'dcim.site', scope_id: c.sites[2] });
      const empty = (await app.api.get(`${CLUSTERS}${cl.id}/`)).body;
      expect([empty.device_count, empty.virtualmachine_count, empty.allocated_vcpus, empty.allocated_memory, empty.allocated_disk]).toEqual([0, 0, null, null, null]);
      await device({ site: c.sites[2], cluster: cl.id });
      await make(app.api, VMS, { name: 'a', cluster: cl.id, vcpus: 1.5, memory: 1024, disk: 10 });
      await make(app.api, VMS, { name: 'b', cluster: cl.id, vcpus: 2.25, memory: 2048 });
      const got = (await app.api.get(`${CLUSTERS}${cl.id}/`)).body;
      expect([got.device_count, got.virtualmachine_count, got.allocated_vcpus, got.allocated_memory, got.allocated_disk]).toEqual([1, 2, 3.75, 3072, 10]);
      const type = (await app.api.get(`${CLUSTER_TYPES}${c.types[0]}/`)).body;
      expect(type.cluster_count).toBeGreaterThan(0);
    });
    it('refuses to delete a cluster type, a cluster group or a cluster still in use (409)', async () => {
      const type = await make(app.api, CLUSTER_TYPES, { name: 'Protected', slug: 'protected' });
      const group = await make(app.api, CLUSTER_GROUPS, { name: 'Protected', slug: 'protected' });
      const cl = await cluster({ type: type.id, group: group.id });
      await make(app.api, VMS, { name: 'keeper', cluster: cl.id });
      expect((await app.api.delete(`${CLUSTER_TYPES}${type.id}/`)).status).toBe(409);
      expect((await app.api.delete(`${CLUSTER_GROUPS}${group.id}/`)).status).toBe(409);
      expect((await app.api.delete(`${CLUSTERS}${cl.id}/`)).status).toBe(409);
      expect((await app.api.get(`${CLUSTER_GROUPS}${group.id}/`)).body.cluster_count).toBe(1);
    });
  });
});
