/** Circuit terminations take cables (dcim's cables area): fields, peers, filters and NetBox's provider-network rule, through HTTP. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { CIRCUITS, TERMINATIONS, circuitsApp, make, world, type World } from './fixtures.js';

const CABLES = '/api/dcim/cables/';
const ct = (id: number) => [{ object_type: 'circuits.circuittermination', object_id: id }];
const iface = (id: number) => [{ object_type: 'dcim.interface', object_id: id }];

eachDatabase((database) => {
  let app: TestApp;
  let w: World;
  beforeAll(async () => {
    app = await createTestApp({ ...circuitsApp, database });
    w = await world(app);
  }, 600_000);
  afterAll(async () => app.close());

  it('cables a circuit termination to an interface, both showing the cable and each other', async () => {
    const cable = await make(app.api, CABLES, { a_terminations: ct(w.terminations[0]!), b_terminations: iface(w.physicalInterface) });
    expect(cable.a_terminations[0]).toMatchObject({ object_type: 'circuits.circuittermination', object_id: w.terminations[0], object: { id: w.terminations[0], term_side: 'A' } });
    const term = (await app.api.get(`${TERMINATIONS}${w.terminations[0]}/`)).body;
    expect(term).toMatchObject({ cable: { id: cable.id }, cable_end: 'A', link_peers_type: 'dcim.interface', link_peers: [{ id: w.physicalInterface, name: 'eth0' }], _occupied: true });
    const port = (await app.api.get(`/api/dcim/interfaces/${w.physicalInterface}/`)).body;
    expect(port).toMatchObject({ cable_end: 'B', link_peers_type: 'circuits.circuittermination', link_peers: [{ id: w.terminations[0], circuit: { id: w.circuits[0] } }] });
    // Filters on both sides: the termination's cached site (fra1) and the termination itself.
    expect((await app.api.get(`${CABLES}?site_id=${w.sites[0]}`)).body.results.map((c: any) => c.id)).toEqual([cable.id]);
    expect((await app.api.get(`${CABLES}?circuittermination_id=${w.terminations[0]}`)).body.count).toBe(1);
    expect((await app.api.get(`${TERMINATIONS}?cabled=true`)).body.results.map((t: any) => t.id)).toEqual([w.terminations[0]]);
    expect((await app.api.get(`${TERMINATIONS}?cable_id=${cable.id}`)).body.count).toBe(1);
    // Cabled terminations cannot be marked connected.
    const mark = await app.api.patch(`${TERMINATIONS}${w.terminations[0]}/`, { mark_connected: true });
    expect(mark.status).toBe(400);
    expect(mark.body).toEqual({ mark_connected: ['Cannot mark as connected with a cable attached.'] });
  });

  it('refuses a termination on a provider network and an incompatible far end', async () => {
    const spare = await make(app.api, '/api/dcim/interfaces/', { device: w.device, name: 'eth9', type: '1000base-t' });
    const net = await app.api.post(CABLES, { a_terminations: ct(w.terminations[1]!), b_terminations: iface(spare.id) });
    expect(net.status).toBe(400);
    expect(net.body).toEqual({ non_field_errors: ['Circuit terminations attached to a provider network may not be cabled.'] });
    const port = await make(app.api, '/api/dcim/console-ports/', { device: w.device, name: 'con9' });
    const bad = await app.api.post(CABLES, { a_terminations: ct(w.terminations[2]!), b_terminations: [{ object_type: 'dcim.consoleport', object_id: port.id }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ non_field_errors: ['Incompatible termination types: circuittermination and consoleport'] });
  });

  it('deleting a circuit releases its terminations\' cable ends', async () => {
    const spare = await make(app.api, '/api/dcim/interfaces/', { device: w.device, name: 'eth8', type: '1000base-t' });
    const cable = await make(app.api, CABLES, { a_terminations: iface(spare.id), b_terminations: ct(w.terminations[4]!) });
    expect((await app.api.delete(`${CIRCUITS}${w.circuits[2]}/`)).status).toBe(204);
    expect((await app.api.get(`${CABLES}${cable.id}/`)).body.b_terminations).toEqual([]);
    expect((await app.api.get(`/api/dcim/interfaces/${spare.id}/`)).body).toMatchObject({ cable: { id: cable.id }, link_peers: [], link_peers_type: null });
  });
});
