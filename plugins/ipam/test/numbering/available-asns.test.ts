/** GET/POST /api/ipam/asn-ranges/{id}/available-asns/ (NetBox's AvailableASNsView), on every database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { P, baseFixtures, ipamApp, make, type Base } from './fixtures.js';

eachDatabase((database) => {
  describe('available ASNs', () => {
    let app: TestApp;
    let base: Base;
    const url = (id: number) => `${P.asnRanges}${id}/available-asns/`;
    const range = async (slug: string, start: number, end: number) =>
      (await make(app.api, P.asnRanges, { name: slug, slug, rir: base.rirs[1], start, end })).id as number;

    beforeAll(async () => {
      app = await createTestApp({ ...ipamApp, database });
      base = await baseFixtures(app);
    });
    afterAll(async () => app.close());

    it('lists the free ASNs of a range, skipping used ones, with the range’s RIR', async () => {
      const id = await range('listed', 65000, 65010);
      for (const asn of [65000, 65002, 65003, 65009]) await make(app.api, P.asns, { asn, rir: base.rirs[0] });
      const res = await app.api.get(url(id));
      expect(res.status).toBe(200);
      expect(res.body.map((a: any) => a.asn)).toEqual([65001, 65004, 65005, 65006, 65007, 65008, 65010]);
      expect(Object.keys(res.body[0])).toEqual(['rir', 'asn']);
      expect(res.body[0].rir).toMatchObject({ id: base.rirs[1], name: 'RIPE', slug: 'ripe' });
      expect((await app.api.get(`${url(id)}?limit=2`)).body.map((a: any) => a.asn)).toEqual([65001, 65004]);
    });

    it('lists only the first page of a huge range without enumerating it', async () => {
      const id = await range('huge', 1, 4294967295);
      await make(app.api, P.asns, { asn: 1, rir: base.rirs[1] });
      const res = await app.api.get(`${url(id)}?limit=3`);
      expect(res.body.map((a: any) => a.asn)).toEqual([2, 3, 4]);
      const d = await app.api.get(`${url(id)}`);
      expect(d.body).toHaveLength(50);
    });

    it('allocates one ASN from a single body, with its description and the range’s RIR', async () => {
      const id = await range('single', 64600, 64610);
      await make(app.api, P.asns, { asn: 64600, rir: base.rirs[0] });
      const res = await app.api.post(url(id), { description: 'first' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ asn: 64601, description: 'first', rir: { id: base.rirs[1] }, display: 'AS64601' });
      const changes = await app.api.get(`/api/core/object-changes/?changed_object_type=ipam.asn&changed_object_id=${res.body.id}`);
      expect(changes.body.count).toBe(1);
    });

    it('allocates a list in order and answers a list', async () => {
      const id = await range('listbody', 64700, 64710);
      await make(app.api, P.asns, { asn: 64701, rir: base.rirs[0] });
      const res = await app.api.post(url(id), [{ description: 'a' }, { description: 'b' }, {}]);
      expect(res.status).toBe(201);
      expect(res.body.map((a: any) => [a.asn, a.description])).toEqual([[64700, 'a'], [64702, 'b'], [64703, '']]);
      expect((await app.api.get(`${P.asnRanges}${id}/`)).body.asn_count).toBe(4);
    });

    it('answers 409 with NetBox’s message when the range has too few free ASNs, and changes nothing', async () => {
      const id = await range('tight', 64800, 64802);
      await make(app.api, P.asns, { asn: 64801, rir: base.rirs[0] });
      const res = await app.api.post(url(id), [{}, {}, {}]);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ detail: 'An insufficient number of ASNs are available within tight (64800-64802) (3 requested, 2 available)' });
      expect((await app.api.get(`${P.asns}?asn__gte=64800&asn__lte=64802`)).body.count).toBe(1);
      await app.api.post(url(id), [{}, {}]);
      const full = await app.api.post(url(id), {});
      expect(full.status).toBe(409);
      expect(full.body.detail).toContain('(1 requested, 0 available)');
      expect((await app.api.get(url(id))).body).toEqual([]);
    });

    it('validates bodies and rolls the whole list back on an error', async () => {
      const id = await range('invalid', 64900, 64910);
      const res = await app.api.post(url(id), [{ description: 'ok' }, { description: 'x'.repeat(201) }]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual([{}, { description: ['Ensure this field has no more than 200 characters.'] }]);
      expect((await app.api.get(`${P.asns}?asn__gte=64900&asn__lte=64910`)).body.count).toBe(0);
      expect((await app.api.post(url(id), 'nope')).status).toBe(400);
    });

    it('answers 404 for an unknown range and needs permission to add ASNs', async () => {
      expect((await app.api.get(url(999999))).status).toBe(404);
      expect((await app.api.post(url(999999), {})).status).toBe(404);
      const id = await range('guarded', 65500, 65510);
      const viewer = await app.createUser({ permissions: [{ objectTypes: ['ipam.asnrange', 'ipam.asn'], actions: ['view'] }] });
      expect((await viewer.client.get(url(id))).status).toBe(200);
      expect((await viewer.client.post(url(id), {})).status).toBe(403);
      expect((await app.anonymous.get(url(id))).status).toBe(403);
    });

    it('hands 20 concurrent requests 20 distinct ASNs', async () => {
      const id = await range('concurrent', 66000, 66100);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => app.api.post(url(id), { description: `req ${i}` })));
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
      const asns = results.map((r) => r.body.asn as number);
      expect(new Set(asns).size).toBe(20);
      expect([...asns].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 66000 + i));
    });
  });
});
