/**
 * What the circuits app does beyond validation: the circuit's cached A/Z terminations and group
 * assignments, the terminations' cached scope (and how it follows a moved site), the paths
 * endpoint, delete protection and cascades, and the counts it adds to tenants and sites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import {
  ACCOUNTS, ASSIGNMENTS, CIRCUIT_TYPES, CIRCUITS, GROUPS, NETWORKS, PROVIDERS, TERMINATIONS, VC_TERMINATIONS, VIRTUAL_CIRCUITS,
  circuitsApp, make, world, type World,
} from './fixtures.js';

eachDatabase((database) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ ...circuitsApp, database });
    w = await world(t);
  });
  afterAll(async () => t.close());

  describe('a circuit’s terminations and assignments', () => {
    it('shows termination_a and termination_z in NetBox’s nested form', async () => {
      const res = await t.api.get(`${CIRCUITS}${w.circuits[0]}/`);
      expect(Object.keys(res.body.termination_a)).toEqual([
        'id', 'url', 'display_url', 'display', 'termination_type', 'termination_id', 'termination', 'port_speed', 'upstream_speed',
        'xconnect_id', 'description',
      ]);
      expect(res.body.termination_a).toMatchObject({
        id: w.terminations[0], termination_type: 'dcim.site', termination_id: w.sites[0], port_speed: 1000000, xconnect_id: 'XC-1',
        termination: { id: w.sites[0], name: 'Frankfurt', slug: 'fra1' },
      });
      expect(res.body.termination_z).toMatchObject({ id: w.terminations[1], termination: { id: w.networks[1], name: 'MPLS Core' } });
      const planned = await t.api.get(`${CIRCUITS}${w.circuits[1]}/`);
      expect(planned.body.termination_z).toBeNull();
    });

    it('moves the pointer when a termination changes side and clears it when one is deleted', async () => {
      const moved = await t.api.patch(`${TERMINATIONS}${w.terminations[2]}/`, { term_side: 'Z' });
      expect(moved.status).toBe(200);
      expect(moved.body.term_side).toBe('Z');
      let circuit = (await t.api.get(`${CIRCUITS}${w.circuits[1]}/`)).body;
      expect([circuit.termination_a, circuit.termination_z?.id]).toEqual([null, w.terminations[2]]);
      expect((await t.api.delete(`${TERMINATIONS}${w.terminations[2]}/`)).status).toBe(204);
      circuit = (await t.api.get(`${CIRCUITS}${w.circuits[1]}/`)).body;
      expect(circuit.termination_z).toBeNull();
    });

    it('names terminations and assignments after their circuit and group, and follows renames', async () => {
      expect((await t.api.get(`${TERMINATIONS}${w.terminations[0]}/`)).body.display).toBe('CID-100: Termination A');
      expect((await t.api.get(`${VC_TERMINATIONS}${w.vcTerminations[0]}/`)).body.display).toBe('VC-1: Hub termination');
      expect((await t.api.get(`${ASSIGNMENTS}${w.assignments[0]}/`)).body.display).toBe('Backbone (Primary)');
      expect((await t.api.get(`${ASSIGNMENTS}${w.assignments[2]}/`)).body.display).toBe('Backbone');
      expect((await t.api.patch(`${CIRCUITS}${w.circuits[2]}/`, { cid: 'CID-301' })).status).toBe(200);
      expect((await t.api.patch(`${GROUPS}${w.groups[0]}/`, { name: 'Core' })).status).toBe(200);
      const circuit = await t.api.get(`${CIRCUITS}${w.circuits[2]}/`);
      expect(circuit.body.termination_a.display).toBe('CID-301: Termination A');
      expect((await t.api.get(`${ASSIGNMENTS}${w.assignments[0]}/`)).body.display).toBe('Core (Primary)');
      expect((await t.api.patch(`${CIRCUITS}${w.circuits[2]}/`, { cid: 'CID-300' })).status).toBe(200);
      expect((await t.api.patch(`${GROUPS}${w.groups[0]}/`, { name: 'Backbone' })).status).toBe(200);
    });

    it('lists the circuit’s group assignments', async () => {
      const res = await t.api.get(`${CIRCUITS}${w.circuits[0]}/`);
      expect(res.body.assignments).toHaveLength(2);
      expect(Object.keys(res.body.assignments[0])).toEqual(['id', 'url', 'display', 'group', 'priority']);
      // NetBox's ordering: by group (its name), then member, priority.
      expect(res.body.assignments.map((a: any) => [a.group.name, a.priority?.value])).toEqual([['Access', 'secondary'], ['Backbone', 'primary']]);
      const vc = await t.api.get(`${ASSIGNMENTS}?virtual_circuit_id=${w.virtualCircuits[0]}`);
      expect(vc.body.results[0].member).toMatchObject({ id: w.virtualCircuits[0], cid: 'VC-1' });
    });

    it('shows an uncabled termination as NetBox does, and no cable paths', async () => {
      const res = await t.api.get(`${TERMINATIONS}${w.terminations[1]}/`);
      expect(res.body).toMatchObject({ term_side: 'Z', cable: null, cable_end: '', link_peers: [], link_peers_type: null, _occupied: true, mark_connected: true });
      const paths = await t.api.get(`${TERMINATIONS}${w.terminations[0]}/paths/`);
      expect(paths.status).toBe(200);
      expect(paths.body).toEqual([]);
      expect((await t.api.get(`${TERMINATIONS}999999/paths/`)).status).toBe(404);
      expect((await t.anonymous.get(`${TERMINATIONS}${w.terminations[0]}/paths/`)).status).toBe(403);
      const vcPaths = await t.api.get(`${VC_TERMINATIONS}${w.vcTerminations[1]}/paths/`);
      expect([vcPaths.status, vcPaths.body]).toEqual([200, []]);
    });
  });

  describe('cached scope of terminations', () => {
    it('follows the terminating object and the site when it moves', async () => {
      const fra = `${TERMINATIONS}?site=fra1`;
      expect((await t.api.get(fra)).body.count).toBe(1);
      // CID-300's Z end moves from the site group to a location in fra1.
      const retarget = await t.api.patch(`${TERMINATIONS}${w.terminations[4]}/`, { termination_type: 'dcim.location', termination_id: w.location });
      expect(retarget.status).toBe(200);
      expect((await t.api.get(fra)).body.count).toBe(2);
      expect((await t.api.get(`${TERMINATIONS}?site_group=corp`)).body.count).toBe(2);
      // Moving the site out of its region moves its terminations with it.
      expect((await t.api.get(`${TERMINATIONS}?region=germany`)).body.count).toBe(2);
      expect((await t.api.patch(`/api/dcim/sites/${w.sites[0]}/`, { region: null })).status).toBe(200);
      expect((await t.api.get(`${TERMINATIONS}?region=germany`)).body.count).toBe(0);
      expect((await t.api.get(`${CIRCUITS}?region_id=${w.regions[0]}`)).body.count).toBe(1);
    });

    it('follows a location that moves to another site with its parent', async () => {
      const parent = await make(t.api, '/api/dcim/locations/', { name: 'Hall P', slug: 'hall-p', site: w.sites[0], status: 'active' });
      const child = await make(t.api, '/api/dcim/locations/', { name: 'Cage C', slug: 'cage-c', site: w.sites[0], parent: parent.id, status: 'active' });
      const circuit = await make(t.api, CIRCUITS, { cid: 'CID-MOVE', provider: w.providers[0], type: w.circuitTypes[0], status: 'active' });
      const term = await make(t.api, TERMINATIONS, { circuit: circuit.id, term_side: 'A', termination_type: 'dcim.location', termination_id: child.id });
      const at = async (site: number) => (await t.api.get(`${TERMINATIONS}?site_id=${site}&limit=0`)).body.results.map((r: { id: number }) => r.id);
      expect(await at(w.sites[0])).toContain(term.id);
      expect((await t.api.patch(`/api/dcim/locations/${parent.id}/`, { site: w.sites[2] })).status).toBe(200);
      expect(await at(w.sites[2])).toEqual([term.id]);
      expect(await at(w.sites[0])).not.toContain(term.id);
    });
  });

  describe('deleting', () => {
    it('protects providers, accounts, networks and types in use', async () => {
      for (const [path, id] of [
        [PROVIDERS, w.providers[1]], [ACCOUNTS, w.accounts[1]], [NETWORKS, w.networks[1]], [CIRCUIT_TYPES, w.circuitTypes[1]],
      ] as const) {
        const res = await t.api.delete(`${path}${id}/`);
        expect(res.status, path).toBe(409);
      }
      expect((await t.api.get(`${PROVIDERS}${w.providers[1]}/`)).status).toBe(200);
    });

    it('takes a circuit’s terminations and group assignments with it', async () => {
      const c = await make(t.api, CIRCUITS, { cid: 'DEL-1', provider: w.providers[0], type: w.circuitTypes[0] });
      const term = await make(t.api, TERMINATIONS, { circuit: c.id, term_side: 'A', termination_type: 'dcim.site', termination_id: w.sites[2] });
      const a = await make(t.api, ASSIGNMENTS, { group: w.groups[2], member_type: 'circuits.circuit', member_id: c.id });
      expect((await t.api.delete(`${CIRCUITS}${c.id}/`)).status).toBe(204);
      expect((await t.api.get(`${TERMINATIONS}${term.id}/`)).status).toBe(404);
      expect((await t.api.get(`${ASSIGNMENTS}${a.id}/`)).status).toBe(404);
    });

    it('deletes the terminations at a deleted site, and a virtual circuit’s terminations with its interface', async () => {
      const site = await make(t.api, '/api/dcim/sites/', { name: 'Short lived', slug: 'short-lived' });
      const term = await make(t.api, TERMINATIONS, { circuit: w.circuits[1], term_side: 'A', termination_type: 'dcim.site', termination_id: site.id });
      expect((await t.api.delete(`/api/dcim/sites/${site.id}/`)).status).toBe(204);
      expect((await t.api.get(`${TERMINATIONS}${term.id}/`)).status).toBe(404);
      expect((await t.api.delete(`/api/dcim/interfaces/${w.virtualInterfaces[2]}/`)).status).toBe(204);
      expect((await t.api.get(`${VC_TERMINATIONS}${w.vcTerminations[2]}/`)).status).toBe(404);
      expect((await t.api.delete(`${GROUPS}${w.groups[1]}/`)).status).toBe(204);
      expect((await t.api.get(`${ASSIGNMENTS}${w.assignments[1]}/`)).status).toBe(404);
      expect((await t.api.delete(`${VIRTUAL_CIRCUITS}${w.virtualCircuits[0]}/`)).status).toBe(204);
      expect((await t.api.get(`${VC_TERMINATIONS}${w.vcTerminations[0]}/`)).status).toBe(404);
    });
  });

  describe('the app', () => {
    it('lists its endpoints at /api/circuits/', async () => {
      const res = await t.api.get('/api/circuits/');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual([
        'circuit-group-assignments', 'circuit-groups', 'circuit-terminations', 'circuit-types', 'circuits', 'provider-accounts',
        'provider-networks', 'providers', 'virtual-circuit-terminations', 'virtual-circuit-types', 'virtual-circuits',
      ]);
    });
  });

  describe('counts on other apps’ objects', () => {
    it('gives tenants and sites a circuit_count right after last_updated', async () => {
      const tenant = await t.api.get(`/api/tenancy/tenants/${w.tenants[0]}/`);
      expect(tenant.body.circuit_count).toBe(1);
      let keys = Object.keys(tenant.body);
      expect(keys.slice(keys.indexOf('last_updated'), keys.indexOf('last_updated') + 3)).toEqual(['last_updated', 'circuit_count', 'device_count']);
      const site = await t.api.get(`/api/dcim/sites/${w.sites[2]}/`);
      keys = Object.keys(site.body);
      expect(keys.slice(keys.indexOf('last_updated'), keys.indexOf('last_updated') + 3)).toEqual(['last_updated', 'circuit_count', 'device_count']);
      const fra = await t.api.get(`/api/dcim/sites/?slug=fra1`);
      expect(fra.body.results[0].circuit_count).toBeGreaterThanOrEqual(1);
      expect((await t.api.get(`/api/tenancy/tenants/${w.tenants[0]}/?brief=true`)).body).not.toHaveProperty('circuit_count');
      const provider = await t.api.get(`${PROVIDERS}${w.providers[1]}/`);
      expect(provider.body.circuit_count).toBe(2);
      expect(provider.body.accounts.map((a: any) => a.account)).toEqual(['ACC-0', 'ACC-1001']);
    });
  });
});
