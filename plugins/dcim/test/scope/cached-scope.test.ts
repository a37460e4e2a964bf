/**
 * dcim's cached scope (NetBox's CachedScopeMixin) on a test plugin's model: the cache follows the
 * scope on save, follows sites and locations when they move, drives the region/site/location
 * filters, and deletes go as NetBox's do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '../../src/index.js';
import { scopedPlugin } from './scoped-plugin.js';

const PATCHES = '/api/plugins/scopetest/patches/';

eachDatabase((database) => {
  describe('cached scope', () => {
    let app: TestApp;
    const ids: Record<string, number> = {};
    const make = async (path: string, body: object) => {
      const res = await app.api.post(path, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as number;
    };
    const cache = async (id: number) =>
      app.knex('scopetest_patch').select('_region_id', '_site_group_id', '_site_id', '_location_id').where({ id }).first();
    const names = async (query: string) => (await app.api.get(`${PATCHES}?${query}&ordering=name`)).body.results.map((r: { name: string }) => r.name);

    beforeAll(async () => {
      app = await createTestApp({ plugins: [tenancyPlugin, dcimPlugin, scopedPlugin], database });
      ids.world = await make('/api/dcim/regions/', { name: 'World', slug: 'world' });
      ids.eu = await make('/api/dcim/regions/', { name: 'EU', slug: 'eu', parent: ids.world });
      ids.us = await make('/api/dcim/regions/', { name: 'US', slug: 'us' });
      ids.group = await make('/api/dcim/site-groups/', { name: 'Edge', slug: 'edge' });
      ids.site1 = await make('/api/dcim/sites/', { name: 'S1', slug: 's1', region: ids.eu, group: ids.group });
      ids.site2 = await make('/api/dcim/sites/', { name: 'S2', slug: 's2', region: ids.us });
      ids.loc = await make('/api/dcim/locations/', { name: 'L1', slug: 'l1', site: ids.site1 });
    });
    afterAll(async () => app?.close());

    it('caches the scope on create and renders it', async () => {
      const bySite = await make(PATCHES, { name: 'by-site', scope_type: 'dcim.site', scope_id: ids.site1 });
      expect(await cache(bySite)).toEqual({ _region_id: ids.eu, _site_group_id: ids.group, _site_id: ids.site1, _location_id: null });
      const byLoc = await make(PATCHES, { name: 'by-location', scope_type: 'dcim.location', scope_id: ids.loc });
      expect(await cache(byLoc)).toEqual({ _region_id: ids.eu, _site_group_id: ids.group, _site_id: ids.site1, _location_id: ids.loc });
      const byRegion = await make(PATCHES, { name: 'by-region', scope_type: 'dcim.region', scope_id: ids.us });
      expect(await cache(byRegion)).toEqual({ _region_id: ids.us, _site_group_id: null, _site_id: null, _location_id: null });
      await make(PATCHES, { name: 'unscoped' });
      const res = await app.api.get(`${PATCHES}${bySite}/`);
      expect(res.body.scope_type).toBe('dcim.site');
      expect(res.body.scope).toMatchObject({ id: ids.site1, name: 'S1', slug: 's1' });
    });

    it('filters by region (subtree), site group, site and location', async () => {
      expect(await names(`region_id=${ids.world}`)).toEqual(['by-location', 'by-site']);
      expect(await names('region=us')).toEqual(['by-region']);
      expect(await names(`site_group_id=${ids.group}`)).toEqual(['by-location', 'by-site']);
      expect(await names(`site_id=${ids.site1}`)).toEqual(['by-location', 'by-site']);
      expect(await names('location=l1')).toEqual(['by-location']);
      expect(await names('scope_type=dcim.region')).toEqual(['by-region']);
    });

    it('refuses a scope type outside the allowed ones and a missing scope object', async () => {
      const bad = await app.api.post(PATCHES, { name: 'bad', scope_type: 'dcim.rack', scope_id: 1 });
      expect(bad.status).toBe(400);
      expect(bad.body.scope_type).toBeDefined();
      const missing = await app.api.post(PATCHES, { name: 'missing', scope_type: 'dcim.site', scope_id: 999999 });
      expect(missing.status).toBe(400);
      expect(missing.body.scope_id).toBeDefined();
    });

    it('re-caches when the scope changes, and when a site or location moves', async () => {
      const id = await make(PATCHES, { name: 'mover', scope_type: 'dcim.site', scope_id: ids.site2 });
      expect((await cache(id))._region_id).toBe(ids.us);
      expect((await app.api.patch(`${PATCHES}${id}/`, { scope_type: 'dcim.location', scope_id: ids.loc })).status).toBe(200);
      expect(await cache(id)).toMatchObject({ _site_id: ids.site1, _location_id: ids.loc, _region_id: ids.eu });

      expect((await app.api.patch(`/api/dcim/sites/${ids.site1}/`, { region: ids.us, group: null })).status).toBe(200);
      expect(await cache(id)).toMatchObject({ _region_id: ids.us, _site_group_id: null, _site_id: ids.site1 });
      expect(await names(`region_id=${ids.world}`)).toEqual([]);

      expect((await app.api.patch(`/api/dcim/locations/${ids.loc}/`, { site: ids.site2 })).status).toBe(200);
      expect(await cache(id)).toMatchObject({ _site_id: ids.site2, _location_id: ids.loc, _region_id: ids.us });

      expect((await app.api.patch(`${PATCHES}${id}/`, { scope_type: null, scope_id: null })).status).toBe(200);
      expect(await cache(id)).toEqual({ _region_id: null, _site_group_id: null, _site_id: null, _location_id: null });
    });

    it('deletes rows scoped to a deleted region, and rows cached under a deleted site (with change records)', async () => {
      const other = await make('/api/dcim/regions/', { name: 'Gone', slug: 'gone' });
      await make(PATCHES, { name: 'in-gone', scope_type: 'dcim.region', scope_id: other });
      expect((await app.api.delete(`/api/dcim/regions/${other}/`)).status).toBe(204);
      expect(await names('name=in-gone')).toEqual([]);

      const site = await make('/api/dcim/sites/', { name: 'S3', slug: 's3', region: ids.us });
      const doomed = await make(PATCHES, { name: 'in-s3', scope_type: 'dcim.site', scope_id: site });
      expect((await app.api.delete(`/api/dcim/sites/${site}/`)).status).toBe(204);
      expect(await names('name=in-s3')).toEqual([]);
      const changes = await app.api.get(`/api/core/object-changes/?changed_object_type=scopetest.patch&changed_object_id=${doomed}&action=delete`);
      expect(changes.body.count).toBe(1);

      // Deleting a region that is only an ancestor of a scope leaves the row, with its region cache cleared.
      const kept = await make(PATCHES, { name: 'kept', scope_type: 'dcim.site', scope_id: ids.site2 });
      expect((await app.api.delete(`/api/dcim/regions/${ids.us}/`)).status).toBe(204);
      expect(await cache(kept)).toMatchObject({ _region_id: null, _site_id: ids.site2 });
    });
  });
});
