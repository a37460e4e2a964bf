/**
 * Cable paths through HTTP (NetBox's CablePath.from_origin and its signal receivers): direct
 * cables, one, two and three patch panels with 1:1 and multi-position rear ports, split paths,
 * paths broken and re-made by deleting and re-creating cables, cable status, new front ports,
 * deleted devices, and that a change rewrites only the paths it affects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { cablesChanged } from '../../src/cabling/paths/hooks.js';
import { CABLES, cable, dcimApp, front, get, iface, make, makeAll, n, path, patchPanel, pathWorld, rear, storedPath, type PathWorld } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let w: PathWorld;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    w = await pathWorld(app);
  });
  afterAll(async () => app?.close());
  const ifacePath = (id: number) => storedPath(app, 'dcim_interface', id);

  describe('paths', () => {
    it('joins two interfaces cabled directly, both ways', async () => {
      const [a, b] = [w.ifaces[0]![0]!, w.ifaces[1]![0]!];
      const c = await cable(app, iface(a), iface(b));
      expect(await ifacePath(a)).toMatchObject({ path: [[n.i(a)], [n.c(c)], [n.i(b)]], is_active: true, is_complete: true, is_split: false });
      expect(await ifacePath(b)).toMatchObject({ path: [[n.i(b)], [n.c(c)], [n.i(a)]], is_active: true, is_complete: true, is_split: false });
      const body = await get(app, `${path('interfaces')}${a}/`);
      expect(body.connected_endpoints_type).toBe('dcim.interface');
      expect(body.connected_endpoints).toEqual([{
        id: b, url: expect.stringContaining(`/api/dcim/interfaces/${b}/`), display: 'eth0',
        device: expect.objectContaining({ id: w.devices[1], name: 'dev-2' }), name: 'eth0', description: '',
        cable: expect.objectContaining({ id: c }), _occupied: true,
      }]);
      expect(body.connected_endpoints_reachable).toBe(true);
    });

    it('passes one patch panel with 1:1 ports', async () => {
      const [a, b] = [w.ifaces[0]![1]!, w.ifaces[1]![1]!];
      const pp = w.panels[0]!;
      const c1 = await cable(app, iface(a), front(pp.front[0]![0]!));
      // Half done: the path stops at the rear port, incomplete.
      expect(await ifacePath(a)).toMatchObject({ path: [[n.i(a)], [n.c(c1)], [n.f(pp.front[0]![0]!)], [n.r(pp.rear[0]!)]], is_complete: false, is_split: false });
      const c2 = await cable(app, rear(pp.rear[0]!), iface(b));
      expect(await ifacePath(a)).toMatchObject({
        path: [[n.i(a)], [n.c(c1)], [n.f(pp.front[0]![0]!)], [n.r(pp.rear[0]!)], [n.c(c2)], [n.i(b)]], is_complete: true, is_active: true,
      });
      expect(await ifacePath(b)).toMatchObject({
        path: [[n.i(b)], [n.c(c2)], [n.r(pp.rear[0]!)], [n.f(pp.front[0]![0]!)], [n.c(c1)], [n.i(a)]], is_complete: true,
      });
    });

    it('passes two patch panels over a multi-position trunk, one path per position', async () => {
      const [p1, p2] = [w.panels[1]!, w.panels[2]!];
      const [a2, a3, b2, b3] = [w.ifaces[0]![2]!, w.ifaces[0]![3]!, w.ifaces[1]![2]!, w.ifaces[1]![3]!];
      const ca2 = await cable(app, iface(a2), front(p1.front[1]![1]!));
      const ca3 = await cable(app, iface(a3), front(p1.front[1]![2]!));
      const trunk = await cable(app, rear(p1.rear[1]!), rear(p2.rear[1]!));
      const cb2 = await cable(app, front(p2.front[1]![1]!), iface(b2));
      const cb3 = await cable(app, front(p2.front[1]![2]!), iface(b3));
      expect(await ifacePath(a2)).toMatchObject({
        path: [[n.i(a2)], [n.c(ca2)], [n.f(p1.front[1]![1]!)], [n.r(p1.rear[1]!)], [n.c(trunk)], [n.r(p2.rear[1]!)], [n.f(p2.front[1]![1]!)], [n.c(cb2)], [n.i(b2)]],
        is_complete: true, is_active: true, is_split: false,
      });
      expect(await ifacePath(a3)).toMatchObject({
        path: [[n.i(a3)], [n.c(ca3)], [n.f(p1.front[1]![2]!)], [n.r(p1.rear[1]!)], [n.c(trunk)], [n.r(p2.rear[1]!)], [n.f(p2.front[1]![2]!)], [n.c(cb3)], [n.i(b3)]],
        is_complete: true,
      });
      expect((await ifacePath(b3))!.path.at(-1)).toEqual([n.i(a3)]);
      // The trunk's rear port carries the four paths (two each way).
      const paths = await get(app, `${path('rear-ports')}${p1.rear[1]}/paths/`);
      expect(paths).toHaveLength(4);
      expect(Object.keys(paths[0])).toEqual(['id', 'path', 'is_active', 'is_complete', 'is_split']);
      const fromA2 = paths.find((p: any) => p.path[0][0].id === a2);
      expect(fromA2.path.map((hop: any[]) => hop.map((o) => o.id))).toEqual([[a2], [ca2], [p1.front[1]![1]], [p1.rear[1]], [trunk], [p2.rear[1]], [p2.front[1]![1]], [cb2], [b2]]);
      expect(fromA2.path[1][0]).toEqual({ id: ca2, url: expect.stringContaining(`/api/dcim/cables/${ca2}/`), display: `#${ca2}`, label: '', description: '' });
      expect((await get(app, `${path('front-ports')}${p2.front[1]![2]}/paths/`)).map((p: any) => p.path[0][0].id).sort()).toEqual([a3, b3].sort());
    });

    it('passes three patch panels (1:1 into a multi-position trunk)', async () => {
      const [x, y, z] = [await patchPanel(app, w, 'pp-x'), await patchPanel(app, w, 'pp-y'), await patchPanel(app, w, 'pp-z')];
      const [a, b] = [w.ifaces[0]![4]!, w.ifaces[1]![4]!];
      const c1 = await cable(app, iface(a), front(x.front[0]![0]!));
      const c2 = await cable(app, rear(x.rear[0]!), front(y.front[1]![0]!));
      const c3 = await cable(app, rear(y.rear[1]!), rear(z.rear[1]!));
      const c4 = await cable(app, front(z.front[1]![0]!), iface(b));
      const expected = [
        [n.i(a)], [n.c(c1)], [n.f(x.front[0]![0]!)], [n.r(x.rear[0]!)], [n.c(c2)], [n.f(y.front[1]![0]!)], [n.r(y.rear[1]!)],
        [n.c(c3)], [n.r(z.rear[1]!)], [n.f(z.front[1]![0]!)], [n.c(c4)], [n.i(b)],
      ];
      expect(await ifacePath(a)).toMatchObject({ path: expected, is_complete: true, is_active: true, is_split: false });
      expect((await ifacePath(b))!.path).toEqual([...expected].reverse());
      // The trace: one segment per cable.
      const trace = await get(app, `${path('interfaces')}${a}/trace/`);
      expect(trace).toHaveLength(4);
      expect(trace.map((s: any[]) => [s[0].map((o: any) => o.id), s[1].id, s[2].map((o: any) => o.id)])).toEqual([
        [[a], c1, [x.front[0]![0]]], [[x.rear[0]], c2, [y.front[1]![0]]], [[y.rear[1]], c3, [z.rear[1]]], [[z.front[1]![0]], c4, [b]],
      ]);
      expect(trace[0][1]).toEqual({
        id: c1, url: expect.stringContaining(`/api/dcim/cables/${c1}/`), display_url: expect.stringContaining(`/dcim/cables/${c1}/`),
        type: null, status: 'connected', label: '', color: '', length: null, length_unit: null, description: '',
      });
      expect(trace[0][0][0]).toMatchObject({ id: a, name: 'eth4', device: expect.objectContaining({ name: 'dev-1' }) });
    });

    it('splits at a multi-position rear port reached without a position', async () => {
      const p = await patchPanel(app, w, 'pp-split');
      const a = w.ifaces[0]![5]!;
      const c = await cable(app, iface(a), rear(p.rear[1]!));
      expect(await ifacePath(a)).toMatchObject({ path: [[n.i(a)], [n.c(c)], [n.r(p.rear[1]!)]], is_split: true, is_complete: false, is_active: true });
      const body = await get(app, `${path('interfaces')}${a}/`);
      expect([body.connected_endpoints, body.connected_endpoints_type, body.connected_endpoints_reachable]).toEqual([null, null, false]);
      const trace = await get(app, `${path('interfaces')}${a}/trace/`);
      expect(trace.map((s: any[]) => [s[0].map((o: any) => o.id), s[1].id, s[2].map((o: any) => o.id)])).toEqual([[[a], c, [p.rear[1]]]]);
    });

    it('breaks a path when a cable is deleted and re-makes it when the cable comes back', async () => {
      const pp = await patchPanel(app, w, 'pp-break');
      const [a, b] = [w.ifaces[0]![6]!, w.ifaces[1]![6]!];
      const c1 = await cable(app, iface(a), front(pp.front[0]![0]!));
      const c2 = await cable(app, rear(pp.rear[0]!), iface(b));
      const before = (await ifacePath(a))!;
      expect(before.is_complete).toBe(true);
      expect((await app.api.delete(`${CABLES}${c2}/`)).status).toBe(204);
      // a's path now stops at the uncabled rear port; b has no path at all.
      expect(await ifacePath(a)).toMatchObject({ id: before.id, path: [[n.i(a)], [n.c(c1)], [n.f(pp.front[0]![0]!)], [n.r(pp.rear[0]!)]], is_complete: false });
      expect(await ifacePath(b)).toBeNull();
      const bodyB = await get(app, `${path('interfaces')}${b}/`);
      expect([bodyB.connected_endpoints, bodyB.connected_endpoints_type, bodyB.connected_endpoints_reachable]).toEqual([null, null, null]);
      const trace = await get(app, `${path('interfaces')}${a}/trace/`);
      expect(trace.map((s: any[]) => [s[0].map((o: any) => o.id), Array.isArray(s[1]) ? s[1] : s[1].id, s[2]])).toEqual([
        [[a], c1, [expect.objectContaining({ id: pp.front[0]![0] })]], [[pp.rear[0]], [], []],
      ]);
      // Re-made: the same path row, complete again.
      const c3 = await cable(app, iface(b), rear(pp.rear[0]!));
      expect(await ifacePath(a)).toMatchObject({ id: before.id, path: [[n.i(a)], [n.c(c1)], [n.f(pp.front[0]![0]!)], [n.r(pp.rear[0]!)], [n.c(c3)], [n.i(b)]], is_complete: true });
      expect((await get(app, `${path('interfaces')}${b}/`)).connected_endpoints[0].id).toBe(a);
      // Deleting the first cable removes a's path and shortens b's.
      expect((await app.api.delete(`${CABLES}${c1}/`)).status).toBe(204);
      expect(await ifacePath(a)).toBeNull();
      expect(await ifacePath(b)).toMatchObject({ path: [[n.i(b)], [n.c(c3)], [n.r(pp.rear[0]!)], [n.f(pp.front[0]![0]!)]], is_complete: false });
    });

    it('starts one path from all the objects on a cable end, and follows edits of the ends', async () => {
      const [i1, i2] = await makeAll(app, 'interfaces', [{ device: w.devices[0], name: 'multi0', type: '1000base-t' }, { device: w.devices[0], name: 'multi1', type: '1000base-t' }]);
      const [i3, i4] = await makeAll(app, 'interfaces', [{ device: w.devices[1], name: 'multi0', type: '1000base-t' }, { device: w.devices[1], name: 'multi1', type: '1000base-t' }]);
      const c = await cable(app, iface(i1!, i2!), iface(i3!, i4!));
      const p1 = (await ifacePath(i1!))!;
      expect(p1).toMatchObject({ path: [[n.i(i1!), n.i(i2!)], [n.c(c)], [n.i(i3!), n.i(i4!)]], is_complete: true });
      expect((await ifacePath(i2!))!.id).toBe(p1.id);
      expect((await get(app, `${path('interfaces')}${i2}/`)).connected_endpoints.map((e: any) => e.id)).toEqual([i3, i4]);
      // Dropping an end: the paths follow, and the dropped interface loses its path.
      expect((await app.api.patch(`${CABLES}${c}/`, { b_terminations: iface(i3!) })).status).toBe(200);
      expect(await ifacePath(i1!)).toMatchObject({ id: p1.id, path: [[n.i(i1!), n.i(i2!)], [n.c(c)], [n.i(i3!)]] });
      expect((await ifacePath(i3!))!.path).toEqual([[n.i(i3!)], [n.c(c)], [n.i(i1!), n.i(i2!)]]);
      expect(await ifacePath(i4!)).toBeNull();
    });

    it('marks paths inactive while a cable is not connected', async () => {
      const [a, b] = [w.ifaces[0]![7]!, w.ifaces[1]![7]!];
      const c = await cable(app, iface(a), iface(b), { status: 'planned' });
      expect(await ifacePath(a)).toMatchObject({ is_complete: true, is_active: false });
      expect((await get(app, `${path('interfaces')}${b}/`)).connected_endpoints_reachable).toBe(false);
      expect((await app.api.patch(`${CABLES}${c}/`, { status: 'connected' })).status).toBe(200);
      expect(await ifacePath(b)).toMatchObject({ is_complete: true, is_active: true });
      expect((await get(app, `${path('interfaces')}${a}/`)).connected_endpoints_reachable).toBe(true);
    });

    it('rewrites only the paths a change affects', async () => {
      const ids = await makeAll(app, 'interfaces', [0, 1, 2, 3].map((i) => ({ device: w.devices[2], name: `iso${i}`, type: '1000base-t' })));
      const c1 = await cable(app, iface(ids[0]!), iface(ids[1]!));
      await cable(app, iface(ids[2]!), iface(ids[3]!));
      const snapshot = async () => (await app.knex('dcim_cablepath').select('*').orderBy('id')).map((r) => JSON.stringify(r));
      const before = await snapshot();
      const mine = new Set([(await ifacePath(ids[0]!))!.id, (await ifacePath(ids[1]!))!.id]);
      expect((await app.api.patch(`${CABLES}${c1}/`, { status: 'planned' })).status).toBe(200);
      const after = await snapshot();
      // Same rows (ids kept); only the two paths of the changed cable differ.
      expect(after).toHaveLength(before.length);
      const changed = after.filter((r, i) => r !== before[i]).map((r) => Number(JSON.parse(r).id));
      expect(new Set(changed)).toEqual(mine);
      // A label change rewrites nothing.
      expect((await app.api.patch(`${CABLES}${c1}/`, { label: 'relabelled' })).status).toBe(200);
      expect(await snapshot()).toEqual(after);
    });

    it('extends paths ending at a rear port when its front port is created', async () => {
      const device = (await make(app.api, path('devices'), { name: 'pp-late', device_type: w.types.plain, site: w.sites[0], role: w.role, status: 'active' })).id;
      const [rp] = await makeAll(app, 'rear-ports', [{ device, name: 'rear0', type: '8p8c', positions: 1 }]);
      const a = (await make(app.api, path('interfaces'), { device: w.devices[2], name: 'late0', type: '1000base-t' })).id;
      const c = await cable(app, iface(a), rear(rp!));
      expect((await ifacePath(a))!.path).toEqual([[n.i(a)], [n.c(c)], [n.r(rp!)]]);
      const [fp] = await makeAll(app, 'front-ports', [{ device, name: 'front0', type: '8p8c', rear_port: rp, rear_port_position: 1 }]);
      expect((await ifacePath(a))!.path).toEqual([[n.i(a)], [n.c(c)], [n.r(rp!)], [n.f(fp!)]]);
      // Deleting the front port shortens the path again.
      expect((await app.api.delete(`${path('front-ports')}${fp}/`)).status).toBe(204);
      expect((await ifacePath(a))!.path).toEqual([[n.i(a)], [n.c(c)], [n.r(rp!)]]);
    });

    it('re-routes paths when a front port is re-mapped to another position', async () => {
      const p = await patchPanel(app, w, 'pp-remap');
      const q = await patchPanel(app, w, 'pp-remap-far');
      const [a, b1, b2] = await makeAll(app, 'interfaces', [
        { device: w.devices[2], name: 'remap-a', type: '1000base-t' },
        { device: w.devices[1], name: 'remap-b1', type: '1000base-t' },
        { device: w.devices[1], name: 'remap-b2', type: '1000base-t' },
      ]);
      await cable(app, iface(a!), front(p.front[1]![0]!));
      await cable(app, rear(p.rear[1]!), rear(q.rear[1]!));
      await cable(app, front(q.front[1]![0]!), iface(b1!));
      await cable(app, front(q.front[1]![3]!), iface(b2!));
      expect((await ifacePath(a!))!.path.at(-1)).toEqual([n.i(b1!)]);
      // Free position 4 on the near panel, then move the near front port there: the path now lands on b2.
      expect((await app.api.delete(`${path('front-ports')}${p.front[1]![3]}/`)).status).toBe(204);
      expect((await app.api.patch(`${path('front-ports')}${p.front[1]![0]}/`, { rear_port_position: 4 })).status).toBe(200);
      expect((await ifacePath(a!))!.path.at(-1)).toEqual([n.i(b2!)]);
    });

    it('shortens paths through a deleted module', async () => {
      const [bay] = await makeAll(app, 'module-bays', [{ device: w.devices[2], name: 'slot-1' }]);
      const mod = (await make(app.api, path('modules'), { device: w.devices[2], module_bay: bay, module_type: w.moduleType })).id;
      const [onModule] = await makeAll(app, 'interfaces', [{ device: w.devices[2], module: mod, name: 'mod-eth0', type: '1000base-t' }]);
      const [a] = await makeAll(app, 'interfaces', [{ device: w.devices[0], name: 'to-module', type: '1000base-t' }]);
      const c = await cable(app, iface(a!), iface(onModule!));
      expect((await ifacePath(a!))!.is_complete).toBe(true);
      expect((await app.api.delete(`${path('modules')}${mod}/`)).status).toBe(204);
      expect(await ifacePath(a!)).toMatchObject({ path: [[n.i(a!)], [n.c(c)], []], is_complete: false });
    });

    it('shortens paths through a deleted device', async () => {
      const device = (await make(app.api, path('devices'), { name: 'doomed', device_type: w.types.plain, site: w.sites[0], role: w.role, status: 'active' })).id;
      const far = (await make(app.api, path('interfaces'), { device, name: 'eth0', type: '1000base-t' })).id;
      const a = (await make(app.api, path('interfaces'), { device: w.devices[2], name: 'near0', type: '1000base-t' })).id;
      const c = await cable(app, iface(a), iface(far));
      expect((await ifacePath(a))!.is_complete).toBe(true);
      expect((await app.api.delete(`${path('devices')}${device}/`)).status).toBe(204);
      expect(await ifacePath(a)).toMatchObject({ path: [[n.i(a)], [n.c(c)], []], is_complete: false });
      expect((await get(app, `${path('interfaces')}${a}/`)).connected_endpoints).toBeNull();
    });
  });

  describe('batch recomputation', () => {
    it('rebuilds the paths of many cables in one call (cablesChanged)', async () => {
      const ids = await makeAll(app, 'interfaces', [0, 1, 2, 3].map((i) => ({ device: w.devices[2], name: `batch${i}`, type: '1000base-t' })));
      const c1 = await cable(app, iface(ids[0]!), iface(ids[1]!));
      const c2 = await cable(app, iface(ids[2]!), iface(ids[3]!));
      const before = await Promise.all(ids.map((id) => ifacePath(id)));
      // Wipe the four paths, then rebuild them as one batch would.
      await app.knex('dcim_cablepath').whereIn('id', before.map((p) => p!.id)).delete();
      expect(await ifacePath(ids[0]!)).toBeNull();
      const ends = (a: number, b: number) => [
        { cable_end: 'A' as const, termination_type: 'dcim.interface', termination_id: a },
        { cable_end: 'B' as const, termination_type: 'dcim.interface', termination_id: b },
      ];
      await app.knex.transaction((trx) => cablesChanged(trx, [
        { cableId: c1, terminations: ends(ids[0]!, ids[1]!), previous: [], deleted: false, status: 'connected' },
        { cableId: c2, terminations: ends(ids[2]!, ids[3]!), previous: [], deleted: false, status: 'connected' },
      ]));
      const after = await Promise.all(ids.map((id) => ifacePath(id)));
      expect(after.map((p) => p!.path)).toEqual(before.map((p) => p!.path));
      expect(after.every((p) => p!.is_complete && p!.is_active)).toBe(true);
    });
  });

  describe('connected filter', () => {
    it('lists the endpoints with an active path, or without one (NetBox: _path.is_active)', async () => {
      const dev = w.devices[2]!;
      const list = async (q: string) => (await get(app, `${path('interfaces')}?device_id=${dev}&limit=100${q}`)).results.map((r: any) => r.name);
      const connected = await list('&connected=true');
      const not = await list('&connected=false');
      // iso0/iso1: a planned cable (inactive); iso2/iso3: connected; eth*: uncabled; near0: path cut short but active.
      expect(connected).toEqual(expect.arrayContaining(['iso2', 'iso3', 'near0']));
      expect(not).toEqual(expect.arrayContaining(['eth0', 'iso0', 'iso1']));
      expect(connected.filter((x: string) => not.includes(x))).toEqual([]);
      expect(connected.length + not.length).toBe((await list('')).length);
    });
  });
});
