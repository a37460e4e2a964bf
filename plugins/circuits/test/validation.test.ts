/** The circuits app's validation rules through HTTP, with NetBox's messages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import {
  ACCOUNTS, ASSIGNMENTS, CIRCUIT_TYPES, CIRCUITS, NETWORKS, PROVIDERS, TERMINATIONS, VC_TERMINATIONS, VIRTUAL_CIRCUITS,
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

  describe('providers and their accounts and networks', () => {
    it('refuses a duplicate provider name or slug', async () => {
      const res = await t.api.post(PROVIDERS, { name: 'Level3', slug: 'level3' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ name: ['provider with this name already exists.'], slug: ['provider with this slug already exists.'] });
    });

    it('keeps account ids unique per provider, and names too when given', async () => {
      const dup = await t.api.post(ACCOUNTS, { provider: w.providers[1], account: 'ACC-1001' });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['The fields provider, account must make a unique set.'] });
      const name = await t.api.post(ACCOUNTS, { provider: w.providers[1], account: 'ACC-1002', name: 'Main' });
      expect(name.status).toBe(400);
      expect(name.body).toEqual({ non_field_errors: ['Constraint “circuits_provideraccount_unique_provider_name” is violated.'] });
      // Blank names repeat freely; the same account id and name are fine at another provider.
      await make(t.api, ACCOUNTS, { provider: w.providers[1], account: 'ACC-1003' });
      const other = await make(t.api, ACCOUNTS, { provider: w.providers[0], account: 'ACC-1001', name: 'Main' });
      expect(other.display).toBe('ACC-1001 (Main)');
      const renamed = await t.api.patch(`${ACCOUNTS}${other.id}/`, { provider: w.providers[1] });
      expect(renamed.status).toBe(400);
    });

    it('keeps provider network names unique per provider', async () => {
      const dup = await t.api.post(NETWORKS, { provider: w.providers[1], name: 'MPLS Core' });
      expect(dup.body).toEqual({ non_field_errors: ['The fields provider, name must make a unique set.'] });
      await make(t.api, NETWORKS, { provider: w.providers[0], name: 'MPLS Core' });
    });

    it('checks circuit type colours', async () => {
      const res = await t.api.post(CIRCUIT_TYPES, { name: 'Bad', slug: 'bad', color: 'FF00GG' });
      expect(res.body).toEqual({ color: ['Enter a valid hexadecimal RGB color code.'] });
    });
  });

  describe('circuits', () => {
    const base = () => ({ provider: w.providers[1], type: w.circuitTypes[1] });

    it('keeps circuit ids unique per provider and per account', async () => {
      const dup = await t.api.post(CIRCUITS, { ...base(), cid: 'CID-100' });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['The fields provider, cid must make a unique set.'] });
      const elsewhere = await make(t.api, CIRCUITS, { provider: w.providers[0], type: w.circuitTypes[1], cid: 'CID-100' });
      expect(elsewhere.cid).toBe('CID-100');
    });

    it('refuses an account of another provider', async () => {
      const res = await t.api.post(CIRCUITS, { ...base(), cid: 'X-1', provider_account: w.accounts[2] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ provider_account: ['The assigned account must belong to the assigned provider.'] });
      const moved = await t.api.patch(`${CIRCUITS}${w.circuits[0]}/`, { provider: w.providers[2] });
      expect(moved.body).toEqual({ provider_account: ['The assigned account must belong to the assigned provider.'] });
    });

    it('wants a unit with a distance and drops the unit without one', async () => {
      const res = await t.api.post(CIRCUITS, { ...base(), cid: 'X-2', distance: 5 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Must specify a unit when setting a distance'] });
      const made = await make(t.api, CIRCUITS, { ...base(), cid: 'X-3', distance: 5.5, distance_unit: 'ft' });
      expect([made.distance, made.distance_unit]).toEqual([5.5, { value: 'ft', label: 'Feet' }]);
      const cleared = await t.api.patch(`${CIRCUITS}${made.id}/`, { distance: null });
      expect([cleared.body.distance, cleared.body.distance_unit]).toEqual([null, null]);
      const unitOnly = await make(t.api, CIRCUITS, { ...base(), cid: 'X-4', distance_unit: 'km' });
      expect(unitOnly.distance_unit).toBeNull();
    });

    it('checks field values as DRF does', async () => {
      const res = await t.api.post(CIRCUITS, {
        ...base(), cid: 'X-5', status: 'broken', commit_rate: -1, distance: 12345678.5, distance_unit: 'yd', install_date: '2024-13-45',
      });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        status: ['"broken" is not a valid choice.'],
        commit_rate: ['Ensure this value is greater than or equal to 0.'],
        distance: ['Ensure that there are no more than 8 digits in total.'],
        distance_unit: ['"yd" is not a valid choice.'],
        install_date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'],
      });
      const places = await t.api.post(CIRCUITS, { ...base(), cid: 'X-6', distance: 1.125, distance_unit: 'km' });
      expect(places.body).toEqual({ distance: ['Ensure that there are no more than 2 decimal places.'] });
      const missing = await t.api.post(CIRCUITS, {});
      expect(Object.keys(missing.body).sort()).toEqual(['cid', 'provider', 'type']);
    });
  });

  describe('circuit terminations', () => {
    it('allows one termination per side of a circuit', async () => {
      const res = await t.api.post(TERMINATIONS, { circuit: w.circuits[0], term_side: 'A', termination_type: 'dcim.site', termination_id: w.sites[1] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['The fields circuit, term_side must make a unique set.'] });
      const side = await t.api.post(TERMINATIONS, { circuit: w.circuits[1], term_side: 'B', termination_type: 'dcim.site', termination_id: w.sites[1] });
      expect(side.body).toEqual({ term_side: ['"B" is not a valid choice.'] });
    });

    it('must attach to a region, site group, site, location or provider network that exists', async () => {
      const none = await t.api.post(TERMINATIONS, { circuit: w.circuits[1], term_side: 'Z' });
      expect(none.status).toBe(400);
      expect(none.body).toEqual({ non_field_errors: ['A circuit termination must attach to a terminating object.'] });
      const half = await t.api.post(TERMINATIONS, { circuit: w.circuits[1], term_side: 'Z', termination_type: 'dcim.site' });
      expect(half.body).toEqual({ termination_id: ['Both an object type and an object ID must be given, or neither.'] });
      const device = await t.api.post(TERMINATIONS, { circuit: w.circuits[1], term_side: 'Z', termination_type: 'dcim.device', termination_id: w.device });
      expect(device.body).toEqual({ termination_type: ['Invalid object type for termination: dcim.device.'] });
      const gone = await t.api.post(TERMINATIONS, { circuit: w.circuits[1], term_side: 'Z', termination_type: 'dcim.site', termination_id: 999999 });
      expect(gone.body).toEqual({ termination_id: ['Related object not found using the provided numeric ID: 999999'] });
    });
  });

  describe('circuit group assignments', () => {
    it('puts a member in a group once, and only circuits and virtual circuits', async () => {
      const dup = await t.api.post(ASSIGNMENTS, { group: w.groups[0], member_type: 'circuits.circuit', member_id: w.circuits[0], priority: 'tertiary' });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual({ non_field_errors: ['The fields member_type, member_id, group must make a unique set.'] });
      const site = await t.api.post(ASSIGNMENTS, { group: w.groups[2], member_type: 'dcim.site', member_id: w.sites[0] });
      expect(site.body).toEqual({ member_type: ['Invalid object type for member: dcim.site.'] });
      const priority = await t.api.post(ASSIGNMENTS, { group: w.groups[2], member_type: 'circuits.circuit', member_id: w.circuits[2], priority: 'urgent' });
      expect(priority.body).toEqual({ priority: ['"urgent" is not a valid choice.'] });
    });
  });

  describe('virtual circuits and their terminations', () => {
    it('keeps circuit ids unique per network and the account with the network’s provider', async () => {
      const dup = await t.api.post(VIRTUAL_CIRCUITS, { cid: 'VC-1', provider_network: w.networks[1], type: w.vcTypes[1] });
      expect(dup.body).toEqual({ non_field_errors: ['The fields provider_network, cid must make a unique set.'] });
      const account = await t.api.post(VIRTUAL_CIRCUITS, { cid: 'VC-9', provider_network: w.networks[1], provider_account: w.accounts[2], type: w.vcTypes[1] });
      expect(account.status).toBe(400);
      expect(account.body).toEqual({ provider_account: ['The assigned account must belong to the provider of the assigned network.'] });
    });

    it('terminates only on virtual interfaces, one termination per interface', async () => {
      const physical = await t.api.post(VC_TERMINATIONS, { virtual_circuit: w.virtualCircuits[2], interface: w.physicalInterface });
      expect(physical.status).toBe(400);
      expect(physical.body).toEqual({ non_field_errors: ['Virtual circuits may be terminated only to virtual interfaces.'] });
      const reused = await t.api.post(VC_TERMINATIONS, { virtual_circuit: w.virtualCircuits[2], interface: w.virtualInterfaces[0] });
      expect(reused.body).toEqual({ interface: ['virtual circuit termination with this interface already exists.'] });
      const role = await t.api.post(VC_TERMINATIONS, { virtual_circuit: w.virtualCircuits[2], interface: w.virtualInterfaces[5], role: 'leaf' });
      expect(role.body).toEqual({ role: ['"leaf" is not a valid choice.'] });
      const made = await make(t.api, VC_TERMINATIONS, { virtual_circuit: w.virtualCircuits[2], interface: w.virtualInterfaces[5] });
      expect(made.role).toEqual({ value: 'peer', label: 'Peer' });
    });
  });
});
