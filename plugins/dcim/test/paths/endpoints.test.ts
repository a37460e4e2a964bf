/**
 * Path endpoints through HTTP: console and power traces, connected_endpoints on lists at a bounded
 * query cost, NetBox's connected-device lookup (400/404 messages), and the power draw of a PDU's
 * inlet (PowerPort.get_power_draw) under single- and three-phase feeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, type Base } from '../components/fixtures.js';
import { cable, dcimApp, ends, get, iface, make, makeAll, path } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
  });
  afterAll(async () => app?.close());
  const [d1, d2, d3] = [() => b.devices[0]!, () => b.devices[1]!, () => b.devices[2]!];

  describe('console and power traces', () => {
    it('traces a console port to its console server port', async () => {
      const [cp] = await makeAll(app, 'console-ports', [{ device: d1(), name: 'con0' }]);
      const [csp] = await makeAll(app, 'console-server-ports', [{ device: d2(), name: 'cs0' }]);
      const c = await cable(app, ends('dcim.consoleport', cp!), ends('dcim.consoleserverport', csp!), { label: 'console', length: 3, length_unit: 'm' });
      const trace = await get(app, `${path('console-ports')}${cp}/trace/`);
      expect(trace).toEqual([[
        [expect.objectContaining({ id: cp, name: 'con0', device: expect.objectContaining({ name: 'dev-1' }) })],
        expect.objectContaining({ id: c, label: 'console', status: 'connected', length: 3, length_unit: 'm' }),
        [expect.objectContaining({ id: csp, name: 'cs0' })],
      ]]);
      const back = await get(app, `${path('console-server-ports')}${csp}/`);
      expect(back).toMatchObject({ connected_endpoints_type: 'dcim.consoleport', connected_endpoints_reachable: true });
      expect((await app.api.get(`${path('console-ports')}999999/trace/`)).status).toBe(404);
      expect((await app.anonymous.get(`${path('console-ports')}${cp}/trace/`)).status).toBe(403);
      // An uncabled endpoint's trace is empty.
      const [lone] = await makeAll(app, 'console-ports', [{ device: d1(), name: 'con9' }]);
      expect(await get(app, `${path('console-ports')}${lone}/trace/`)).toEqual([]);
    });
  });

  describe('interface trace across a bridge', () => {
    it('continues with the bridge interface\'s own path', async () => {
      const [x] = await makeAll(app, 'interfaces', [{ device: d1(), name: 'br-x', type: '1000base-t' }]);
      const [y, z] = await makeAll(app, 'interfaces', [{ device: d2(), name: 'br-y', type: '1000base-t' }, { device: d2(), name: 'br-z', type: '1000base-t' }]);
      const [wi] = await makeAll(app, 'interfaces', [{ device: d3(), name: 'br-w', type: '1000base-t' }]);
      const c1 = await cable(app, iface(x!), iface(y!));
      const c2 = await cable(app, iface(z!), iface(wi!));
      expect((await app.api.patch(`${path('interfaces')}${y}/`, { bridge: z })).status).toBe(200);
      const trace = await get(app, `${path('interfaces')}${x}/trace/`);
      expect(trace.map((s: any[]) => [s[0].map((o: any) => o.id), s[1].id, s[2].map((o: any) => o.id)])).toEqual([[[x], c1, [y]], [[z], c2, [wi]]]);
    });
  });

  describe('connected endpoints on lists', () => {
    it('costs the same number of queries for one row and for many', async () => {
      const mine = await makeAll(app, 'interfaces', [0, 1, 2, 3, 4, 5].map((i) => ({ device: d3(), name: `q${i}`, type: '1000base-t' })));
      const theirs = await makeAll(app, 'interfaces', [0, 1, 2, 3, 4, 5].map((i) => ({ device: d2(), name: `q${i}`, type: '1000base-t' })));
      for (let i = 0; i < 6; i++) await cable(app, iface(mine[i]!), iface(theirs[i]!));
      const list = async (limit: number) => {
        app.queries.reset();
        const body = await get(app, `${path('interfaces')}?device_id=${d3()}&name__isw=q&limit=${limit}`);
        return { body, count: app.queries.total };
      };
      const one = await list(1);
      const all = await list(100);
      expect(all.body.results).toHaveLength(6);
      expect(all.body.results.map((r: any) => r.connected_endpoints[0].id)).toEqual(theirs);
      expect(all.count).toBe(one.count);
    });
  });

  describe('connected-device', () => {
    const CD = '/api/dcim/connected-device/';
    it('answers the device at the far end of the peer interface', async () => {
      const [mine] = await makeAll(app, 'interfaces', [{ device: d1(), name: 'uplink' }].map((x) => ({ ...x, type: '10gbase-x-sfpp' })));
      const [peer] = await makeAll(app, 'interfaces', [{ device: d2(), name: 'port-1', type: '10gbase-x-sfpp' }]);
      await cable(app, iface(mine!), iface(peer!));
      const res = await app.api.get(`${CD}?peer_device=dev-2&peer_interface=port-1`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: d1(), name: 'dev-1', url: expect.stringContaining(`/api/dcim/devices/${d1()}/`) });
      expect(res.body).not.toHaveProperty('config_context');
    });
    it('refuses a request without both filters (400)', async () => {
      for (const q of ['', '?peer_device=dev-2', '?peer_interface=port-1']) {
        const res = await app.api.get(`${CD}${q}`);
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ detail: 'Request must include "peer_device" and "peer_interface" filters.' });
      }
    });
    it('answers 404 for an unknown peer, or a peer not connected to an interface', async () => {
      expect((await app.api.get(`${CD}?peer_device=nope&peer_interface=port-1`)).body).toEqual({ detail: 'No Device matches the given query.' });
      expect((await app.api.get(`${CD}?peer_device=dev-2&peer_interface=nope`)).body).toEqual({ detail: 'No Interface matches the given query.' });
      await makeAll(app, 'interfaces', [{ device: d2(), name: 'idle', type: '1000base-t' }]);
      const res = await app.api.get(`${CD}?peer_device=dev-2&peer_interface=idle`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: 'Not found.' });
    });
  });

  describe('power draw', () => {
    /** A PDU (dev-2) fed by a feed of the given phase, with outlets on legs A and B feeding dev-1's and dev-3's PSUs. */
    const pdu = async (tag: string, phase: string) => {
      const panel = (await make(app.api, path('power-panels'), { site: b.sites[0], name: `Panel ${tag}` })).id;
      const feed = (await make(app.api, path('power-feeds'), { power_panel: panel, name: `Feed ${tag}`, phase })).id;
      const [inlet] = await makeAll(app, 'power-ports', [{ device: d2(), name: `in-${tag}` }]);
      const outlets = await makeAll(app, 'power-outlets', [
        { device: d2(), name: `${tag}-1`, power_port: inlet, feed_leg: 'A' },
        { device: d2(), name: `${tag}-2`, power_port: inlet, feed_leg: 'B' },
        { device: d2(), name: `${tag}-3`, power_port: inlet, feed_leg: 'B' },
      ]);
      const psus = await makeAll(app, 'power-ports', [
        { device: d1(), name: `psu-${tag}-1`, maximum_draw: 500, allocated_draw: 300 },
        { device: d3(), name: `psu-${tag}-2`, maximum_draw: 400, allocated_draw: 250 },
      ]);
      await cable(app, ends('dcim.powerfeed', feed), ends('dcim.powerport', inlet!));
      await cable(app, ends('dcim.poweroutlet', outlets[0]!), ends('dcim.powerport', psus[0]!));
      await cable(app, ends('dcim.poweroutlet', outlets[1]!), ends('dcim.powerport', psus[1]!));
      return { inlet: inlet!, outlets, psus, feed };
    };
    it('sums the draw of the ports its outlets feed, per leg under a three-phase feed', async () => {
      const p = await pdu('3p', 'three-phase');
      expect(await get(app, `${path('power-ports')}${p.inlet}/power-draw/`)).toEqual({
        allocated: 550, maximum: 900, outlet_count: 3,
        legs: [
          { name: 'A', allocated: 300, maximum: 500, outlet_count: 1 },
          { name: 'B', allocated: 250, maximum: 400, outlet_count: 2 },
          { name: 'C', allocated: 0, maximum: 0, outlet_count: 0 },
        ],
      });
      // The inlet's trace reaches the feed; the feed's reaches the inlet.
      const trace = await get(app, `${path('power-feeds')}${p.feed}/trace/`);
      expect(trace[0][2]).toEqual([expect.objectContaining({ id: p.inlet })]);
    });
    it('has no legs under a single-phase feed, and uses its own figures when set', async () => {
      const p = await pdu('1p', 'single-phase');
      expect(await get(app, `${path('power-ports')}${p.inlet}/power-draw/`)).toEqual({ allocated: 550, maximum: 900, outlet_count: 3, legs: [] });
      expect((await app.api.patch(`${path('power-ports')}${p.inlet}/`, { maximum_draw: 2000, allocated_draw: 1000 })).status).toBe(200);
      expect(await get(app, `${path('power-ports')}${p.inlet}/power-draw/`)).toEqual({ allocated: 1000, maximum: 2000, outlet_count: 3, legs: [] });
      expect(await get(app, `${path('power-ports')}${p.psus[0]}/power-draw/`)).toEqual({ allocated: 300, maximum: 500, outlet_count: 0, legs: [] });
      expect((await app.api.get(`${path('power-ports')}999999/power-draw/`)).status).toBe(404);
    });
  });
});
