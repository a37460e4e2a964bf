/** NetBox's Provider.asns: providers take IPAM's ASNs; ASNs count their providers and filter by them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { PROVIDERS, circuitsApp, make } from './fixtures.js';

const ASNS = '/api/ipam/asns/';

eachDatabase((database) => {
  describe('provider ASNs', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ ...circuitsApp, database });
    });
    afterAll(async () => t?.close());

    it('writes asns as ids, shows them brief, counts and filters both ways', async () => {
      const rir = await make(t.api, '/api/ipam/rirs/', { name: 'ARIN', slug: 'arin' });
      const a1 = await make(t.api, ASNS, { asn: 64512, rir: rir.id });
      const a2 = await make(t.api, ASNS, { asn: 64513, rir: rir.id });
      const p1 = await make(t.api, PROVIDERS, { name: 'Level3', slug: 'level3', asns: [a1.id, a2.id] });
      const p2 = await make(t.api, PROVIDERS, { name: 'Zayo', slug: 'zayo', asns: [a2.id] });
      expect(p1.asns.map((a: { asn: number }) => a.asn)).toEqual([64512, 64513]);
      expect(Object.keys(p1.asns[0])).toEqual(['id', 'url', 'display', 'asn', 'description']);

      expect((await t.api.get(`${ASNS}${a2.id}/`)).body).toMatchObject({ site_count: 0, provider_count: 2 });
      expect((await t.api.get(`${ASNS}?provider=zayo`)).body.results.map((a: { asn: number }) => a.asn)).toEqual([64513]);
      expect((await t.api.get(`${ASNS}?provider_id=${p1.id}`)).body.count).toBe(2);
      expect((await t.api.get(`${PROVIDERS}?asn=64512`)).body.results.map((p: { name: string }) => p.name)).toEqual(['Level3']);
      expect((await t.api.get(`${PROVIDERS}?asn_id=${a2.id}&ordering=name`)).body.results.map((p: { name: string }) => p.name)).toEqual(['Level3', 'Zayo']);

      const unknown = await t.api.patch(`${PROVIDERS}${p2.id}/`, { asns: [999999] });
      expect(unknown.status).toBe(400);
      expect(unknown.body).toHaveProperty('asns');

      // Deleting an ASN drops it from its providers.
      expect((await t.api.delete(`${ASNS}${a2.id}/`)).status).toBe(204);
      expect((await t.api.get(`${PROVIDERS}${p2.id}/`)).body.asns).toEqual([]);
      expect((await t.api.get(`${ASNS}${a1.id}/`)).body.provider_count).toBe(1);
    });
  });
});
