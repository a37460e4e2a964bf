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

    describe('with options (another column name, a direct target, cascading regions), as circuit terminations use it', () => {
      const TAPS = '/api/plugins/scopetest/taps/';
      const tapCache = async (id: number) =>
        app.knex('scopetest_tap').select('_region_id', '_site_group_id', '_site_id', '_location_id', '_tenant_id').where({ id }).first();
      const taps = async (query: string) => (await app.api.get(`${TAPS}?${query}&ordering=name`)).body.results.map((r: { name: string }) => r.name);
      const none = { _region_id: null, _site_group_id: null, _site_id: null, _location_id: null, _tenant_id: null };

      it('caches dcim targets and the direct one, and re-caches on retarget', async () => {
        const north = await make('/api/dcim/regions/', { name: 'North', slug: 'north' });
        const group = await make('/api/dcim/site-groups/', { name: 'Core', slug: 'core' });
        const site = await make('/api/dcim/sites/', { name: 'N1', slug: 'n1', region: north, group });
        const loc = await make('/api/dcim/locations/', { name: 'NL', slug: 'nl', site });
        const tenant = await make('/api/tenancy/tenants/', { name: 'T', slug: 't' });
        const atTenant = await make(TAPS, { name: 'at-tenant', target_type: 'tenancy.tenant', target_id: tenant });
        expect(await tapCache(atTenant)).toEqual({ ...none, _tenant_id: tenant });
        const atLoc = await make(TAPS, { name: 'at-location', target_type: 'dcim.location', target_id: loc });
        expect(await tapCache(atLoc)).toEqual({ ...none, _region_id: north, _site_group_id: group, _site_id: site, _location_id: loc });
        expect((await app.api.get(`${TAPS}${atTenant}/`)).body.target).toMatchObject({ id: tenant, name: 'T' });
        expect(await taps(`site_id=${site}`)).toEqual(['at-location']);
        expect(await taps(`tenant_id=${tenant}`)).toEqual(['at-tenant']);

        // Away from the direct target and back: each column is derived again, none left behind.
        expect((await app.api.patch(`${TAPS}${atTenant}/`, { target_type: 'dcim.site', target_id: site })).status).toBe(200);
        expect(await tapCache(atTenant)).toEqual({ ...none, _region_id: north, _site_group_id: group, _site_id: site });
        expect((await app.api.patch(`${TAPS}${atTenant}/`, { target_type: 'tenancy.tenant', target_id: tenant })).status).toBe(200);
        expect(await tapCache(atTenant)).toEqual({ ...none, _tenant_id: tenant });

        const bad = await app.api.post(TAPS, { name: 'bad', target_type: 'dcim.rack', target_id: 1 });
        expect([bad.status, Object.keys(bad.body)]).toEqual([400, ['target_type']]);
      });

      it('follows a site and a location that move, with the other scoped models', async () => {
        const south = await make('/api/dcim/regions/', { name: 'South', slug: 'south' });
        const east = await make('/api/dcim/regions/', { name: 'East', slug: 'east' });
        const site = await make('/api/dcim/sites/', { name: 'SO1', slug: 'so1', region: south });
        const other = await make('/api/dcim/sites/', { name: 'EA1', slug: 'ea1', region: east });
        const hall = await make('/api/dcim/locations/', { name: 'Hall', slug: 'hall', site });
        const cage = await make('/api/dcim/locations/', { name: 'Cage', slug: 'cage', site, parent: hall });
        const tap = await make(TAPS, { name: 'in-cage', target_type: 'dcim.location', target_id: cage });
        const patch = await make(PATCHES, { name: 'in-cage-too', scope_type: 'dcim.location', scope_id: cage });

        const group = await make('/api/dcim/site-groups/', { name: 'Late', slug: 'late' });
        expect((await app.api.patch(`/api/dcim/sites/${site}/`, { group })).status).toBe(200);
        expect(await tapCache(tap)).toMatchObject({ _site_group_id: group, _region_id: south });

        // The parent moves; its child (and what is cached under it) goes along.
        expect((await app.api.patch(`/api/dcim/locations/${hall}/`, { site: other })).status).toBe(200);
        expect(await tapCache(tap)).toEqual({ ...none, _region_id: east, _site_id: other, _location_id: cage });
        expect(await cache(patch)).toEqual({ _region_id: east, _site_group_id: null, _site_id: other, _location_id: cage });
        expect(await taps(`region_id=${south}`)).toEqual([]);
      });

      it('deletes rows cached under a deleted region when the model cascades there, with change records', async () => {
        const west = await make('/api/dcim/regions/', { name: 'West', slug: 'west' });
        const site = await make('/api/dcim/sites/', { name: 'W1', slug: 'w1', region: west });
        const atRegion = await make(TAPS, { name: 'at-west', target_type: 'dcim.region', target_id: west });
        const atSite = await make(TAPS, { name: 'at-w1', target_type: 'dcim.site', target_id: site });
        const patch = await make(PATCHES, { name: 'patch-w1', scope_type: 'dcim.site', scope_id: site });
        expect(await taps('name__isw=at-w')).toEqual(['at-w1', 'at-west']);
        expect((await app.api.delete(`/api/dcim/regions/${west}/`)).status).toBe(204);
        expect(await taps('name__isw=at-w')).toEqual([]);
        for (const id of [atRegion, atSite]) {
          const changes = await app.api.get(`/api/core/object-changes/?changed_object_type=scopetest.tap&changed_object_id=${id}&action=delete`);
          expect(changes.body.count).toBe(1);
        }
        // A model with CachedScopeMixin's SET NULL keeps its row.
        expect(await cache(patch)).toMatchObject({ _region_id: null, _site_id: site });
      });
    });
  });
});
