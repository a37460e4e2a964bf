/** A page of cabled interfaces costs a fixed number of statements, however many rows (link_peers are loaded per page). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, type Base } from '../components/fixtures.js';
import { CABLES, dcimApp, iface, path } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
    const bulk = async (url: string, bodies: unknown[]) => {
      const res = await app.api.post(url, bodies);
      expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(201);
      return (res.body as { id: number }[]).map((o) => o.id);
    };
    const names = Array.from({ length: 60 }, (_, i) => `xe-${i}`);
    const near = await bulk(path('interfaces'), names.map((name) => ({ device: b.devices[0], name, type: '10gbase-x-sfpp' })));
    const far = await bulk(path('interfaces'), names.map((name) => ({ device: b.devices[1], name, type: '10gbase-x-sfpp' })));
    await bulk(CABLES, near.map((id, i) => ({ a_terminations: iface(id), b_terminations: iface(far[i]!), label: `X-${i}` })));
  }, 600_000);
  afterAll(async () => app.close());

  const cost = async (limit: number) => {
    app.queries.reset();
    const res = await app.api.get(`${path('interfaces')}?device_id=${b.devices[0]}&limit=${limit}`);
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(limit);
    expect(res.body.results.every((r: any) => r.cable && r.link_peers.length === 1 && r.link_peers_type === 'dcim.interface')).toBe(true);
    return app.queries.total;
  };

  it('costs the same for 5 and for 50 cabled interfaces', async () => {
    expect(await cost(50)).toBe(await cost(5));
  });

  it('costs the same for 5 and for 50 cables', async () => {
    app.queries.reset();
    await app.api.get(`${CABLES}?limit=5`);
    const five = app.queries.total;
    app.queries.reset();
    const res = await app.api.get(`${CABLES}?limit=50`);
    expect(res.body.results[49].b_terminations[0].object.name).toBe('xe-49');
    expect(app.queries.total).toBe(five);
  });
});
