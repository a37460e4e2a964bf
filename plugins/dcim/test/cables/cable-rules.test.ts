/** Cables through HTTP (NetBox's Cable/CableTermination clean() and save()): validation, ends, deletes, components' cable fields. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { CABLES, TERMINATIONS, cableWorld, dcimApp, ends, iface, make, path, type CableFixtures } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let fx: CableFixtures;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    fx = await cableWorld(app);
  }, 600_000);
  afterAll(async () => app.close());

  const refuse = async (body: Record<string, unknown>, errors: unknown) => {
    const res = await app.api.post(CABLES, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
  };
  const get = async (slug: string, id: number) => (await app.api.get(`${path(slug)}${id}/`)).body;

  describe('validation', () => {
    it('requires both ends on create', async () => {
      await refuse({ a_terminations: iface(fx.ifaces[0]![0]!) }, { non_field_errors: ['Must define A and B terminations when creating a new cable.'] });
      await refuse({ a_terminations: [], b_terminations: iface(fx.ifaces[0]![0]!) }, { non_field_errors: ['Must define A and B terminations when creating a new cable.'] });
    });

    it('requires a unit with a length', async () => {
      await refuse({ a_terminations: iface(fx.ifaces[0]![0]!), b_terminations: iface(fx.ifaces[1]![0]!), length: 3 },
        { non_field_errors: ['Must specify a unit when setting a cable length'] });
    });

    it('refuses incompatible and mixed end types', async () => {
      await refuse({ a_terminations: iface(fx.ifaces[0]![0]!), b_terminations: ends('dcim.powerport', fx.powerPorts[0]!) },
        { non_field_errors: ['Incompatible termination types: interface and powerport'] });
      await refuse({
        a_terminations: [...iface(fx.ifaces[0]![0]!), ...ends('dcim.frontport', fx.frontPorts[0]!)], b_terminations: iface(fx.ifaces[1]![0]!),
      }, { non_field_errors: ['Cannot connect different termination types to same end of cable.'] });
    });

    it('refuses the same object on both ends', async () => {
      await refuse({ a_terminations: iface(fx.ifaces[0]![0]!), b_terminations: iface(fx.ifaces[0]![0]!) },
        { non_field_errors: ['A and B terminations cannot connect to the same object.'] });
    });

    it('refuses virtual and wireless interfaces and marked-connected ports', async () => {
      await refuse({ a_terminations: iface(fx.virtualIface), b_terminations: iface(fx.ifaces[1]![0]!) },
        { non_field_errors: ['Cables cannot be terminated to Virtual interfaces'] });
      await refuse({ a_terminations: iface(fx.wirelessIface), b_terminations: iface(fx.ifaces[1]![0]!) },
        { non_field_errors: ['Cables cannot be terminated to IEEE 802.11ac interfaces'] });
      await refuse({ a_terminations: ends('dcim.consoleport', fx.consolePorts[1]!), b_terminations: ends('dcim.consoleserverport', fx.consoleServerPorts[1]!) },
        { non_field_errors: [`Cannot attach a cable to dcim.consoleport ${fx.consolePorts[1]}: it is marked as connected.`] });
    });

    it('refuses malformed and missing ends per item', async () => {
      await refuse({ a_terminations: [{ object_type: 'dcim.nothing', object_id: 1 }, { object_type: 'dcim.interface', object_id: 99999999 }], b_terminations: 'x' }, {
        a_terminations: [{ object_type: ['Invalid content type: dcim.nothing'] }, { object_id: ['Invalid pk "99999999" - object does not exist.'] }],
        b_terminations: ['Expected a list of items but got type "string".'],
      });
      await refuse({ a_terminations: iface(fx.ifaces[0]![0]!), b_terminations: [iface(1)[0], 'x', { object_type: 'dcim.interface' }] }, {
        b_terminations: [{}, { non_field_errors: ['Invalid data. Expected a dictionary, but got string.'] }, { object_id: ['This field is required.'] }],
      });
    });

    it('refuses an end that is already cabled (400) and writes nothing', async () => {
      const cable = await make(app.api, CABLES, { a_terminations: iface(fx.ifaces[0]![5]!), b_terminations: iface(fx.ifaces[1]![5]!) });
      await refuse({ a_terminations: iface(fx.ifaces[2]![5]!), b_terminations: iface(fx.ifaces[1]![5]!) },
        { non_field_errors: [`Duplicate termination found for dcim.interface ${fx.ifaces[1]![5]}: cable ${cable.id}`] });
      expect((await get('interfaces', fx.ifaces[2]![5]!)).cable).toBeNull();
      expect((await app.api.delete(`${CABLES}${cable.id}/`)).status).toBe(204);
    });

    it('refuses marking a cabled port connected, and a virtual type on a cabled interface', async () => {
      const cable = await make(app.api, CABLES, { a_terminations: iface(fx.ifaces[0]![4]!), b_terminations: iface(fx.ifaces[1]![4]!) });
      const mark = await app.api.patch(`${path('interfaces')}${fx.ifaces[0]![4]}/`, { mark_connected: true });
      expect(mark.status).toBe(400);
      expect(mark.body).toEqual({ mark_connected: ['Cannot mark as connected with a cable attached.'] });
      const virt = await app.api.patch(`${path('interfaces')}${fx.ifaces[0]![4]}/`, { type: 'virtual' });
      expect(virt.status).toBe(400);
      expect(virt.body).toEqual({ type: ['Virtual interfaces cannot have a cable attached.'] });
      await app.api.delete(`${CABLES}${cable.id}/`);
    });
  });

  describe('ends', () => {
    it('cables several objects per end and shows both ends, the components their cable and peers', async () => {
      const [a1, a2] = [fx.ifaces[0]![0]!, fx.ifaces[0]![1]!];
      const [b1, b2] = [fx.ifaces[1]![0]!, fx.ifaces[1]![1]!];
      const cable = await make(app.api, CABLES, { a_terminations: iface(a1, a2), b_terminations: iface(b1, b2), label: 'multi', length: 1.5, length_unit: 'm' });
      expect(cable.type).toBeNull();
      expect(cable.status).toMatchObject({ value: 'connected', label: 'Connected' });
      expect(cable.length).toBe(1.5);
      expect(cable.length_unit).toEqual({ value: 'm', label: 'Meters' });
      expect(cable.a_terminations.map((t: any) => [t.object_type, t.object_id])).toEqual([['dcim.interface', a1], ['dcim.interface', a2]]);
      expect(cable.b_terminations[0].object).toMatchObject({ id: b1, name: 'eth0', device: { id: fx.devices[1], name: 'dev-2' }, cable: { id: cable.id, display: 'multi' }, _occupied: true });
      const a = await get('interfaces', a1);
      expect(a).toMatchObject({ cable: { id: cable.id, label: 'multi', display: 'multi' }, cable_end: 'A', link_peers_type: 'dcim.interface', _occupied: true });
      expect(a.link_peers.map((p: any) => p.id)).toEqual([b1, b2]);
      expect(Object.keys(a.link_peers[0])).toEqual(['id', 'url', 'display', 'device', 'name', 'description', 'cable', '_occupied']);
      const b = await get('interfaces', b2);
      expect(b.cable_end).toBe('B');
      expect(b.link_peers.map((p: any) => p.id)).toEqual([a1, a2]);
      const terms = (await app.api.get(`${TERMINATIONS}?cable=${cable.id}`)).body;
      expect(terms.count).toBe(4);
      expect(terms.results[0]).toMatchObject({ cable: cable.id, cable_end: 'A', termination_type: 'dcim.interface', termination_id: a1, termination: { id: a1 } });
    });

    it('changes the ends on update: stale ends are released, new ones attached', async () => {
      const [x, y, z] = [fx.ifaces[0]![2]!, fx.ifaces[1]![2]!, fx.ifaces[2]![2]!];
      const cable = await make(app.api, CABLES, { a_terminations: iface(x), b_terminations: iface(y) });
      const res = await app.api.patch(`${CABLES}${cable.id}/`, { b_terminations: iface(z) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.b_terminations.map((t: any) => t.object_id)).toEqual([z]);
      expect(await get('interfaces', y)).toMatchObject({ cable: null, cable_end: '', link_peers: [], link_peers_type: null, _occupied: false });
      expect(await get('interfaces', z)).toMatchObject({ cable: { id: cable.id }, cable_end: 'B' });
      expect((await get('interfaces', x)).link_peers.map((p: any) => p.id)).toEqual([z]);
      // A change of other attributes keeps the ends.
      const relabel = await app.api.patch(`${CABLES}${cable.id}/`, { label: 'kept', status: 'planned' });
      expect(relabel.body.a_terminations.map((t: any) => t.object_id)).toEqual([x]);
      // Length cleared → no unit.
      await app.api.patch(`${CABLES}${cable.id}/`, { length: 5, length_unit: 'ft' });
      expect((await app.api.patch(`${CABLES}${cable.id}/`, { length: null })).body.length_unit).toBeNull();
    });

    it('changing an end on update logs the removed termination (delete) and the added one (create)', async () => {
      const [p, q, r] = await Promise.all(['log-p', 'log-q', 'log-r'].map(async (name) =>
        (await make(app.api, path('interfaces'), { device: fx.devices[1], name, type: '1000base-t' })).id as number));
      const cable = await make(app.api, CABLES, { a_terminations: iface(p!), b_terminations: iface(q!) });
      const old = (await app.api.get(`${TERMINATIONS}?cable=${cable.id}&cable_end=B`)).body.results[0];
      const res = await app.api.patch(`${CABLES}${cable.id}/`, { b_terminations: iface(r!) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const log = (await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}&changed_object_type=dcim.cabletermination`)).body;
      const byAction = Object.fromEntries(log.results.map((c: any) => [c.action.value, c]));
      expect(log.results.map((c: any) => c.action.value).sort()).toEqual(['create', 'delete']);
      expect(byAction.delete).toMatchObject({ changed_object_id: old.id, postchange_data: null, prechange_data: { cable: cable.id, cable_end: 'B', termination_id: q } });
      expect(byAction.create).toMatchObject({ prechange_data: null, postchange_data: { cable: cable.id, cable_end: 'B', termination_type: 'dcim.interface', termination_id: r } });
      await app.api.delete(`${CABLES}${cable.id}/`);
    });

    it('deleting a cable releases its ends and logs it and its terminations', async () => {
      const [x, y] = [fx.ifaces[0]![3]!, fx.ifaces[2]![3]!];
      const cable = await make(app.api, CABLES, { a_terminations: iface(x), b_terminations: iface(y) });
      const res = await app.api.delete(`${CABLES}${cable.id}/`);
      expect(res.status).toBe(204);
      for (const id of [x, y]) expect(await get('interfaces', id)).toMatchObject({ cable: null, cable_end: '', _occupied: false });
      expect((await app.api.get(`${TERMINATIONS}?cable=${cable.id}`)).body.count).toBe(0);
      const log = (await app.api.get(`/api/core/object-changes/?request_id=${res.headers.get('x-request-id')}`)).body;
      expect(log.results.map((r: any) => [r.changed_object_type, r.action.value]).sort()).toEqual([
        ['dcim.cable', 'delete'], ['dcim.cabletermination', 'delete'], ['dcim.cabletermination', 'delete'],
      ]);
    });

    it('deleting a cabled interface removes its end from the cable', async () => {
      const spare = await make(app.api, path('interfaces'), { device: fx.devices[2], name: 'spare', type: '1000base-t' });
      const cable = await make(app.api, CABLES, { a_terminations: iface(fx.ifaces[0]![5]!), b_terminations: iface(spare.id) });
      expect((await app.api.delete(`${path('interfaces')}${spare.id}/`)).status).toBe(204);
      expect((await get('cables', cable.id)).b_terminations).toEqual([]);
      expect((await app.api.get(`${CABLES}?unterminated=true&id=${cable.id}`)).body.count).toBe(1);
      await app.api.delete(`${CABLES}${cable.id}/`);
    });

    it('cables a power port to a power feed, caching the feed and the device places', async () => {
      const cable = await make(app.api, CABLES, { a_terminations: ends('dcim.powerport', fx.powerPorts[0]!), b_terminations: ends('dcim.powerfeed', fx.feeds[0]!) });
      expect(await get('power-feeds', fx.feeds[0]!)).toMatchObject({ cable: { id: cable.id }, cable_end: 'B', link_peers_type: 'dcim.powerport', _occupied: true });
      expect(await get('power-ports', fx.powerPorts[0]!)).toMatchObject({ link_peers_type: 'dcim.powerfeed', link_peers: [{ id: fx.feeds[0], name: 'Feed A' }] });
      expect((await app.api.get(`${path('power-feeds')}?cabled=true`)).body.count).toBe(1);
      expect((await app.api.get(`${CABLES}?powerfeed_id=${fx.feeds[0]}`)).body.results.map((c: any) => c.id)).toEqual([cable.id]);
      expect((await app.api.get(`${CABLES}?device=dev-1&powerfeed_id=${fx.feeds[0]}`)).body.count).toBe(1);
      await refuse({ a_terminations: ends('dcim.powerfeed', fx.feeds[1]!), b_terminations: ends('dcim.poweroutlet', fx.powerOutlets[0]!) },
        { non_field_errors: ['Incompatible termination types: powerfeed and poweroutlet'] });
    });

    it('cables console and pass-through ports', async () => {
      const cable = await make(app.api, CABLES, { a_terminations: ends('dcim.consoleport', fx.consolePorts[0]!), b_terminations: ends('dcim.frontport', fx.frontPorts[0]!) });
      expect(await get('front-ports', fx.frontPorts[0]!)).toMatchObject({ cable: { id: cable.id }, link_peers_type: 'dcim.consoleport' });
      expect(await get('console-ports', fx.consolePorts[0]!)).toMatchObject({ link_peers: [{ id: fx.frontPorts[0] }] });
      const rear = await make(app.api, CABLES, { a_terminations: ends('dcim.rearport', fx.rearPorts[0]!), b_terminations: iface(fx.ifaces[2]![4]!) });
      expect((await get('rear-ports', fx.rearPorts[0]!)).cable_end).toBe('A');
      await app.api.delete(`${CABLES}${rear.id}/`);
    });
  });

  describe('cable terminations written directly', () => {
    it('adds, refuses and removes single ends as NetBox\'s CableTermination does', async () => {
      const cable = await make(app.api, CABLES, { a_terminations: ends('dcim.powerport', fx.powerPorts[2]!), b_terminations: ends('dcim.poweroutlet', fx.powerOutlets[0]!) });
      const added = await make(app.api, TERMINATIONS, { cable: cable.id, cable_end: 'A', termination_type: 'dcim.powerport', termination_id: fx.powerPorts[1] });
      expect(added).toMatchObject({ cable_end: 'A', termination: { id: fx.powerPorts[1], name: 'psu1' } });
      expect(await get('power-ports', fx.powerPorts[1]!)).toMatchObject({ cable: { id: cable.id }, cable_end: 'A', link_peers: [{ id: fx.powerOutlets[0] }] });
      expect((await get('power-outlets', fx.powerOutlets[0]!)).link_peers.map((p: any) => p.id)).toEqual([fx.powerPorts[2], fx.powerPorts[1]]);
      const dup = await app.api.post(TERMINATIONS, { cable: cable.id, cable_end: 'B', termination_type: 'dcim.powerport', termination_id: fx.powerPorts[1] });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['The fields termination_type, termination_id must make a unique set.'] });
      const virt = await app.api.post(TERMINATIONS, { cable: cable.id, cable_end: 'B', termination_type: 'dcim.interface', termination_id: fx.virtualIface });
      expect(virt.body).toEqual({ non_field_errors: ['Cables cannot be terminated to Virtual interfaces'] });
      const badType = await app.api.post(TERMINATIONS, { cable: cable.id, cable_end: 'B', termination_type: 'dcim.device', termination_id: fx.devices[0] });
      expect(badType.status).toBe(400);
      expect(Object.keys(badType.body)).toEqual(['termination_type']);
      expect((await app.api.delete(`${TERMINATIONS}${added.id}/`)).status).toBe(204);
      expect(await get('power-ports', fx.powerPorts[1]!)).toMatchObject({ cable: null, cable_end: '', _occupied: false });
      await app.api.delete(`${CABLES}${cable.id}/`);
    });
  });

  describe('component filters', () => {
    it('filters components by cable, end, cabled and occupied', async () => {
      const cable = await make(app.api, CABLES, { a_terminations: ends('dcim.consoleserverport', fx.consoleServerPorts[0]!), b_terminations: ends('dcim.rearport', fx.rearPorts[0]!) });
      const count = async (q: string) => (await app.api.get(`${path('console-server-ports')}?${q}`)).body.count;
      expect(await count(`cable_id=${cable.id}`)).toBe(1);
      expect(await count(`cable_id__n=${cable.id}`)).toBe(1);
      expect(await count('cabled=true')).toBe(1);
      expect(await count('cabled=false')).toBe(1);
      expect(await count('cable_end=A')).toBe(1);
      expect(await count('occupied=true')).toBe(1);
      const consoles = async (q: string) => (await app.api.get(`${path('console-ports')}?${q}`)).body.count;
      // con1 is marked connected: occupied without a cable.
      expect(await consoles('occupied=true&cabled=false')).toBe(1);
      expect((await app.api.get(`${path('console-ports')}?bogus=1`)).status).toBe(400);
    });
  });
});
