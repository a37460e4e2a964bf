/** The OpenAPI document describes the virtualization endpoints with their reference key order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { virtualizationApp } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let doc: any;
  beforeAll(async () => {
    app = await createTestApp({ ...virtualizationApp, database });
    const res = await app.api.get('/api/schema/');
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(async () => app?.close());

  describe('/api/schema/', () => {
    it('lists every virtualization endpoint', () => {
      for (const slug of ['cluster-types', 'cluster-groups', 'clusters', 'virtual-machines', 'interfaces', 'virtual-disks'])
        expect(Object.keys(doc.paths)).toContain(`/api/virtualization/${slug}/`);
    });
    it('types the cluster\'s allocated resources as nullable sums', () => {
      const schemas = doc.components.schemas as Record<string, { properties?: Record<string, any> }>;
      const cluster = Object.values(schemas).find((s) => s.properties?.allocated_vcpus);
      expect(cluster?.properties?.allocated_vcpus).toMatchObject({ type: 'number', readOnly: true });
      expect(cluster?.properties?.device_count).toMatchObject({ type: 'integer' });
    });
  });

  it('answers the API root of the app', async () => {
    const res = await app.api.get('/api/virtualization/');
    expect(Object.keys(res.body).sort()).toEqual(['cluster-groups', 'cluster-types', 'clusters', 'interfaces', 'virtual-disks', 'virtual-machines']);
    expect(res.body['virtual-machines']).toMatch(/\/api\/virtualization\/virtual-machines\/$/);
  });
});
