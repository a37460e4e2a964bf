/**
 * Bulk cable creates are set-based (Cable.cleanMany / afterSaveMany): a fixed number of statements
 * whatever the number of cables, with every guarantee of the per-object path — per-item errors in
 * request order, all-or-nothing, change records and events for each cable and each termination,
 * paths computed in the same request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, expectQueryCount, type TestApp } from '@patchbay/core/testing';
import { base, type Base } from '../components/fixtures.js';
import { CABLES, dcimApp, ends, iface, path } from './fixtures.js';

type Json = Record<string, any>;

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  /** near[i] on dev-1 and far[i] on dev-2: xe-0 … xe-79. */
  let near: number[];
  let far: number[];
  const events: Json[] = [];

  const bulk = async (slug: string, bodies: unknown[]): Promise<number[]> => {
    const res = await app.api.post(path(slug), bodies);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(201);
    return (res.body as { id: number }[]).map((o) => o.id);
  };
  const cablesBetween = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => ({ a_terminations: iface(near[from + k]!), b_terminations: iface(far[from + k]!) }));
  /** A related value as logged (an id, or a brief object). */
  const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Json).id : v);
  const get = async (slug: string, id: number): Promise<Json> => (await app.api.get(`${path(slug)}${id}/`)).body;

  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    app.patchbay.container.cradle.eventBus.on('event', (e: Json) => events.push(e));
    b = await base(app);
    const names = Array.from({ length: 80 }, (_, i) => `xe-${i}`);
    near = await bulk('interfaces', names.map((name) => ({ device: b.devices[0], name, type: '10gbase-x-sfpp' })));
    far = await bulk('interfaces', names.map((name) => ({ device: b.devices[1], name, type: '10gbase-x-sfpp' })));
  }, 600_000);
  afterAll(async () => app.close());

  describe('bulk create', () => {
    it('costs the same statements for 3 cables as for 30, and computes every path', async () => {
      app.queries.reset();
      await bulk('cables', cablesBetween(0, 3));
      const three = app.queries.total;
      const ids = await expectQueryCount(app, 'dcim.cables.bulk-create-30', () => bulk('cables', cablesBetween(3, 33)));
      expect(ids).toHaveLength(30);
      app.queries.reset();
      await bulk('cables', cablesBetween(33, 36));
      expect(app.queries.total).toBe(three);

      const listed = (await app.api.get(`${path('interfaces')}?device_id=${b.devices[0]}&cabled=true&limit=100`)).body.results as Json[];
      expect(listed).toHaveLength(36);
      for (const [i, row] of listed.entries()) {
        expect(row).toMatchObject({ cable_end: 'A', _occupied: true, connected_endpoints_reachable: true, link_peers_type: 'dcim.interface' });
        expect(row.connected_endpoints.map((e: Json) => e.id)).toEqual([far[near.indexOf(row.id)]]);
        if (i < 3) expect(row.name).toBe(`xe-${i}`);
      }
      const trace = (await app.api.get(`${path('interfaces')}${near[20]}/trace/`)).body;
      expect(trace).toHaveLength(1);
      expect(trace[0][2][0].id).toBe(far[20]);
    });

    it('logs and announces each cable and each of its terminations', async () => {
      const res = await app.api.post(CABLES, [
        { a_terminations: iface(near[40]!, near[41]!), b_terminations: iface(far[40]!, far[41]!), label: 'LAG-1' },
        { a_terminations: iface(near[42]!), b_terminations: iface(far[42]!), label: 'C-42' },
      ]);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.map((c: Json) => [c.label, c.a_terminations.length, c.b_terminations.length])).toEqual([['LAG-1', 2, 2], ['C-42', 1, 1]]);
      const requestId = res.headers.get('x-request-id');
      const log = (await app.api.get(`/api/core/object-changes/?request_id=${requestId}&limit=0`)).body.results as Json[];
      const logged = log.map((r) => `${r.changed_object_type} ${r.action.value}`).sort();
      expect(logged).toEqual([...Array(2).fill('dcim.cable create'), ...Array(6).fill('dcim.cabletermination create')]);
      const lag = log.filter((r) => r.changed_object_type === 'dcim.cabletermination' && idOf(r.postchange_data.cable) === res.body[0].id);
      expect(lag.map((r) => r.postchange_data.termination_id).sort()).toEqual([near[40], near[41], far[40], far[41]].sort());
      const announced = events.filter((e) => e.request_id === requestId);
      expect(announced.map((e) => `${e.object_type} ${e.event_type}`).sort()).toEqual(logged.map((l) => l.replace(' create', ' object_created')));
      // Two interfaces on each end of one cable: one path from each end.
      expect((await get('interfaces', near[41]!)).connected_endpoints.map((e: Json) => e.id)).toEqual([far[40], far[41]]);
    });

    it('cables several kinds of objects in one request', async () => {
      const [con] = await bulk('console-ports', [{ device: b.devices[0], name: 'con0' }]);
      const [cs] = await bulk('console-server-ports', [{ device: b.devices[1], name: 'cs0' }]);
      const [psu] = await bulk('power-ports', [{ device: b.devices[0], name: 'psu0' }]);
      const [outlet] = await bulk('power-outlets', [{ device: b.devices[1], name: 'out0' }]);
      const ids = await bulk('cables', [
        { a_terminations: ends('dcim.consoleport', con!), b_terminations: ends('dcim.consoleserverport', cs!) },
        { a_terminations: ends('dcim.powerport', psu!), b_terminations: ends('dcim.poweroutlet', outlet!) },
        { a_terminations: iface(near[50]!), b_terminations: iface(far[50]!) },
      ]);
      expect(await get('console-ports', con!)).toMatchObject({ cable: { id: ids[0] }, cable_end: 'A', connected_endpoints: [{ id: cs }] });
      expect(await get('power-outlets', outlet!)).toMatchObject({ cable: { id: ids[1] }, cable_end: 'B', connected_endpoints: [{ id: psu }] });
      expect(await get('interfaces', far[50]!)).toMatchObject({ cable: { id: ids[2] }, cable_end: 'B', connected_endpoints: [{ id: near[50] }] });
      const terms = (await app.api.get(`${path('cable-terminations')}?cable=${ids[1]}`)).body.results as Json[];
      expect(terms.map((t) => [t.cable_end, t.termination_type, t.termination_id])).toEqual([['A', 'dcim.powerport', psu], ['B', 'dcim.poweroutlet', outlet]]);
    });

    it('answers per-item errors in request order and writes nothing', async () => {
      const before = (await app.api.get(`${CABLES}?limit=1`)).body.count;
      const taken = near[0]!;
      const takenBy = (await get('interfaces', taken)).cable.id;
      const res = await app.api.post(CABLES, [
        { a_terminations: iface(near[60]!), b_terminations: iface(far[60]!) },
        { a_terminations: [{ object_type: 'dcim.interface', object_id: 999999 }], b_terminations: iface(far[61]!) },
        { a_terminations: iface(near[62]!), b_terminations: iface(far[62]!) },
        { a_terminations: iface(near[63]!), b_terminations: iface(far[63]!), length: 5 },
        { a_terminations: iface(near[60]!), b_terminations: iface(far[64]!) },
        { a_terminations: iface(near[65]!) },
        { a_terminations: iface(taken), b_terminations: iface(far[66]!) },
        { a_terminations: iface(near[67]!), b_terminations: ends('dcim.powerport', near[67]!) },
      ]);
      expect(res.status).toBe(400);
      const errors = res.body as Json[];
      expect(errors).toHaveLength(8);
      expect(errors[0]).toEqual({});
      expect(errors[1]).toEqual({ a_terminations: [{ object_id: ['Invalid pk "999999" - object does not exist.'] }] });
      expect(errors[2]).toEqual({});
      expect(errors[3]).toEqual({ non_field_errors: ['Must specify a unit when setting a cable length'] });
      // The same object twice in one request: refused on the later cable, naming the earlier one.
      expect(errors[4]!.non_field_errors).toHaveLength(1);
      expect(errors[4]!.non_field_errors[0]).toMatch(new RegExp(`^Duplicate termination found for dcim\\.interface ${near[60]}: cable \\d+$`));
      expect(errors[5]).toEqual({ non_field_errors: ['Must define A and B terminations when creating a new cable.'] });
      expect(errors[6]).toEqual({ non_field_errors: [`Duplicate termination found for dcim.interface ${taken}: cable ${takenBy}`] });
      expect(Object.keys(errors[7]!)).toEqual(['b_terminations']);

      // All or nothing: no cable, no termination, no cabled interface, no path.
      expect((await app.api.get(`${CABLES}?limit=1`)).body.count).toBe(before);
      for (const id of [near[60]!, far[60]!, near[62]!, far[62]!])
        expect(await get('interfaces', id)).toMatchObject({ cable: null, cable_end: '', connected_endpoints: null, _occupied: false });
    });

    it('answers a single bad cable with its errors unwrapped', async () => {
      const res = await app.api.post(CABLES, { a_terminations: iface(near[70]!), b_terminations: iface(near[70]!) });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['A and B terminations cannot connect to the same object.'] });
    });
  });
});
