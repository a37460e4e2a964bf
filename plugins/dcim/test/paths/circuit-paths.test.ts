/**
 * Cable paths through circuits (NetBox's from_origin circuit branch, registered by the circuits
 * plugin): interface → termination A, termination Z → interface; a Z side on a provider network
 * completes the path there; a Z side at a site without a cable ends it there, incomplete.
 * Also circuit-terminations/{id}/paths/ and the trace's shape across a circuit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { circuitsPlugin } from '@patchbay/plugin-circuits';
import { dcimPlugin } from '../../src/index.js';
import { base, makeAll, type Base } from '../components/fixtures.js';
import { cable, ends, get, iface, make, n, path, storedPath } from './fixtures.js';

const C = '/api/circuits';

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  let ifs: number[];
  let provider: number;
  let circuitType: number;
  let network: number;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [tenancyPlugin, dcimPlugin, ipamPlugin, circuitsPlugin], database });
    b = await base(app);
    ifs = await makeAll(app, 'interfaces', [0, 1, 2, 3, 4].map((i) => ({ device: b.devices[i % 2], name: `eth${i}`, type: '1000base-t' })));
    provider = (await make(app.api, `${C}/providers/`, { name: 'Carrier', slug: 'carrier' })).id;
    circuitType = (await make(app.api, `${C}/circuit-types/`, { name: 'Transit', slug: 'transit' })).id;
    network = (await make(app.api, `${C}/provider-networks/`, { provider, name: 'Backbone' })).id;
  });
  afterAll(async () => app?.close());

  /** A circuit with its A and Z terminations ([type, id] each); answers the termination ids. */
  const circuit = async (cid: string, a: [string, number], z: [string, number]) => {
    const c = (await make(app.api, `${C}/circuits/`, { cid, provider, type: circuitType })).id;
    const ta = (await make(app.api, `${C}/circuit-terminations/`, { circuit: c, term_side: 'A', termination_type: a[0], termination_id: a[1] })).id;
    const tz = (await make(app.api, `${C}/circuit-terminations/`, { circuit: c, term_side: 'Z', termination_type: z[0], termination_id: z[1] })).id;
    return [ta, tz] as const;
  };
  const ct = (id: number) => `circuits.circuittermination:${id}`;

  describe('paths through circuits', () => {
    it('continues at the other termination to the far interface', async () => {
      const [ta, tz] = await circuit('CID-1', ['dcim.site', b.sites[0]!], ['dcim.site', b.sites[1]!]);
      const c1 = await cable(app, iface(ifs[0]!), ends('circuits.circuittermination', ta));
      // Z side at a site, not cabled: the path ends at the site, incomplete.
      expect(await storedPath(app, 'dcim_interface', ifs[0]!)).toMatchObject({
        path: [[n.i(ifs[0]!)], [n.c(c1)], [ct(ta)], [ct(tz)], [`dcim.site:${b.sites[1]}`]], is_complete: false,
      });
      const trace = await get(app, `${path('interfaces')}${ifs[0]}/trace/`);
      expect(trace).toHaveLength(2);
      expect(trace[1][0][0]).toMatchObject({ id: tz, display: 'CID-1: Termination Z' });
      expect(trace[1][1]).toEqual([]);
      expect(trace[1][2][0]).toMatchObject({ id: b.sites[1], name: 'Site 2' });

      const c2 = await cable(app, ends('circuits.circuittermination', tz), iface(ifs[1]!));
      expect(await storedPath(app, 'dcim_interface', ifs[0]!)).toMatchObject({
        path: [[n.i(ifs[0]!)], [n.c(c1)], [ct(ta)], [ct(tz)], [n.c(c2)], [n.i(ifs[1]!)]], is_complete: true, is_active: true,
      });
      expect(await storedPath(app, 'dcim_interface', ifs[1]!)).toMatchObject({
        path: [[n.i(ifs[1]!)], [n.c(c2)], [ct(tz)], [ct(ta)], [n.c(c1)], [n.i(ifs[0]!)]], is_complete: true,
      });
      const body = await get(app, `${path('interfaces')}${ifs[0]}/`);
      expect(body.connected_endpoints.map((e: any) => e.id)).toEqual([ifs[1]]);
      const full = await get(app, `${path('interfaces')}${ifs[0]}/trace/`);
      expect(full.map((s: any[]) => [s[0].map((o: any) => o.id), s[1].id, s[2].map((o: any) => o.id)])).toEqual([[[ifs[0]], c1, [ta]], [[tz], c2, [ifs[1]]]]);
      // Both terminations list both paths.
      for (const t of [ta, tz]) {
        const paths = await get(app, `${C}/circuit-terminations/${t}/paths/`);
        expect(paths.map((p: any) => p.path[0][0].id).sort()).toEqual([ifs[0], ifs[1]].sort());
        expect(paths[0]).toMatchObject({ is_active: true, is_complete: true, is_split: false });
      }
    });

    it('completes at a provider network', async () => {
      const [ta] = await circuit('CID-2', ['dcim.site', b.sites[0]!], ['circuits.providernetwork', network]);
      await cable(app, iface(ifs[2]!), ends('circuits.circuittermination', ta));
      const body = await get(app, `${path('interfaces')}${ifs[2]}/`);
      expect(body.connected_endpoints_type).toBe('circuits.providernetwork');
      expect(body.connected_endpoints).toEqual([expect.objectContaining({ id: network, name: 'Backbone' })]);
      expect(body.connected_endpoints_reachable).toBe(true);
    });

    it('shortens the path when the far termination is deleted', async () => {
      const [ta, tz] = await circuit('CID-3', ['dcim.site', b.sites[0]!], ['dcim.site', b.sites[1]!]);
      const c1 = await cable(app, iface(ifs[3]!), ends('circuits.circuittermination', ta));
      await cable(app, ends('circuits.circuittermination', tz), iface(ifs[4]!));
      expect((await storedPath(app, 'dcim_interface', ifs[3]!))!.is_complete).toBe(true);
      expect((await app.api.delete(`${C}/circuit-terminations/${tz}/`)).status).toBe(204);
      expect(await storedPath(app, 'dcim_interface', ifs[3]!)).toMatchObject({ path: [[n.i(ifs[3]!)], [n.c(c1)], [ct(ta)]], is_complete: false });
      // The far interface's cable lost its other end: its path ends with nothing.
      expect((await storedPath(app, 'dcim_interface', ifs[4]!))!.is_complete).toBe(false);
      // Deleting the circuit takes termination A (and the rest of the path) with it.
      const circuitId = (await get(app, `${C}/circuit-terminations/${ta}/`)).circuit.id;
      expect((await app.api.delete(`${C}/circuits/${circuitId}/`)).status).toBe(204);
      expect(await storedPath(app, 'dcim_interface', ifs[3]!)).toMatchObject({ path: [[n.i(ifs[3]!)], [n.c(c1)], []], is_complete: false });
    });
  });
});
