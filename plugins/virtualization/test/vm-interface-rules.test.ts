/**
 * VM interface rules (NetBox 4.2's VMInterface.clean() and BaseInterface.clean()): parent and
 * bridge on the same VM and never the interface itself, names unique per VM in natural order, and
 * MAC addresses: the primary one must be assigned here, `mac_address` mirrors it, a primary MAC
 * cannot be moved away, and an interface's MACs go with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { VMS, VM_INTERFACES, catalog, make, virtualizationApp } from './fixtures.js';

const MACS = '/api/dcim/mac-addresses/';

eachDatabase((database) => {
  let app: TestApp;
  let vmA: number;
  let vmB: number;
  let n = 0;
  beforeAll(async () => {
    app = await createTestApp({ ...virtualizationApp, database });
    const c = await catalog(app);
    vmA = (await make(app.api, VMS, { name: 'alpha', site: c.sites[0] })).id;
    vmB = (await make(app.api, VMS, { name: 'beta', site: c.sites[0] })).id;
  });
  afterAll(async () => app?.close());

  const iface = async (extra: Record<string, unknown> = {}) => make(app.api, VM_INTERFACES, { virtual_machine: vmA, name: `if-${++n}`, ...extra });
  const expect400 = (res: { status: number; body: unknown }, errors: Record<string, string[]>) => {
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
  };
  const mac = async (address: string, interfaceId: number) =>
    make(app.api, MACS, { mac_address: address, assigned_object_type: 'virtualization.vminterface', assigned_object_id: interfaceId });

  describe('parent and bridge', () => {
    it('must be on the same VM', async () => {
      const other = await make(app.api, VM_INTERFACES, { virtual_machine: vmB, name: 'other' });
      expect400(await app.api.post(VM_INTERFACES, { virtual_machine: vmA, name: 'child', parent: other.id }),
        { parent: ['The selected parent interface (other) belongs to a different virtual machine (beta).'] });
      expect400(await app.api.post(VM_INTERFACES, { virtual_machine: vmA, name: 'child', bridge: other.id }),
        { bridge: ['The selected bridge interface (other) belongs to a different virtual machine (beta).'] });
      const parent = await iface();
      expect((await iface({ parent: parent.id, bridge: parent.id })).parent.id).toBe(parent.id);
    });
    it('protect a parent with children (NetBox\'s RESTRICT), yet a VM goes with all its interfaces', async () => {
      const vm = await make(app.api, VMS, { name: 'nested', site: (await app.api.get(`${VMS}${vmA}/`)).body.site.id });
      const parent = await make(app.api, VM_INTERFACES, { virtual_machine: vm.id, name: 'bond0' });
      const child = await make(app.api, VM_INTERFACES, { virtual_machine: vm.id, name: 'bond0.10', parent: parent.id });
      const res = await app.api.delete(`${VM_INTERFACES}${parent.id}/`);
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect((await app.api.delete(`${VMS}${vm.id}/`)).status).toBe(204);
      expect((await app.api.get(`${VM_INTERFACES}${child.id}/`)).status).toBe(404);
    });
    it('are never the interface itself', async () => {
      const i = await iface();
      expect400(await app.api.patch(`${VM_INTERFACES}${i.id}/`, { parent: i.id }), { parent: ['An interface cannot be its own parent.'] });
      expect400(await app.api.patch(`${VM_INTERFACES}${i.id}/`, { bridge: i.id }), { bridge: ['An interface cannot be bridged to itself.'] });
    });
  });

  describe('names', () => {
    it('are unique per VM', async () => {
      await iface({ name: 'dup' });
      expect400(await app.api.post(VM_INTERFACES, { virtual_machine: vmA, name: 'dup' }),
        { non_field_errors: ['The fields virtual_machine, name must make a unique set.'] });
      await make(app.api, VM_INTERFACES, { virtual_machine: vmB, name: 'dup' });
    });
    it('sort naturally within a VM', async () => {
      for (const name of ['nat10', 'nat2', 'nat1']) await iface({ name });
      const res = await app.api.get(`${VM_INTERFACES}?virtual_machine_id=${vmA}&name__isw=nat`);
      expect(res.body.results.map((r: { name: string }) => r.name)).toEqual(['nat1', 'nat2', 'nat10']);
    });
    it('are counted on the VM', async () => {
      const vm = (await app.api.get(`${VMS}${vmB}/`)).body;
      expect(vm.interface_count).toBe((await app.api.get(`${VM_INTERFACES}?virtual_machine_id=${vmB}`)).body.count);
    });
  });

  describe('MAC addresses', () => {
    it('takes only a primary MAC assigned to this interface, and mirrors it in mac_address', async () => {
      const i = await iface();
      const elsewhere = await mac('02:00:00:00:00:aa', (await iface()).id);
      expect400(await app.api.patch(`${VM_INTERFACES}${i.id}/`, { primary_mac_address: elsewhere.id }),
        { primary_mac_address: ['MAC address 02:00:00:00:00:AA is not assigned to this interface.'] });
      const own = await mac('02:00:00:00:00:bb', i.id);
      await mac('02:00:00:00:00:cc', i.id);
      const got = (await app.api.patch(`${VM_INTERFACES}${i.id}/`, { primary_mac_address: own.id })).body;
      expect(got.mac_address).toBe('02:00:00:00:00:BB');
      expect(got.primary_mac_address).toMatchObject({ id: own.id, mac_address: '02:00:00:00:00:BB' });
      expect(got.mac_addresses.map((m: { mac_address: string }) => m.mac_address)).toEqual(['02:00:00:00:00:BB', '02:00:00:00:00:CC']);
      expect((await app.api.patch(`${MACS}${own.id}/`, { mac_address: '02:00:00:00:00:dd' })).status).toBe(200);
      expect((await app.api.get(`${VM_INTERFACES}${i.id}/`)).body.mac_address).toBe('02:00:00:00:00:DD');
      expect((await app.api.get(`${MACS}${own.id}/`)).body.assigned_object).toMatchObject({ id: i.id, name: i.name });
    });
    it('refuses to unassign or move a primary MAC', async () => {
      const i = await iface();
      const m = await mac('02:00:00:00:01:01', i.id);
      expect((await app.api.patch(`${VM_INTERFACES}${i.id}/`, { primary_mac_address: m.id })).status).toBe(200);
      expect400(await app.api.patch(`${MACS}${m.id}/`, { assigned_object_type: null, assigned_object_id: null }),
        { non_field_errors: ['Cannot unassign MAC Address while it is designated as the primary MAC for an object'] });
      const other = await iface();
      expect400(await app.api.patch(`${MACS}${m.id}/`, { assigned_object_id: other.id }),
        { non_field_errors: ['Cannot reassign MAC Address while it is designated as the primary MAC for an object'] });
    });
    it('go with their interface, and a deleted primary MAC clears mac_address', async () => {
      const i = await iface();
      const m = await mac('02:00:00:00:02:02', i.id);
      expect((await app.api.patch(`${VM_INTERFACES}${i.id}/`, { primary_mac_address: m.id })).status).toBe(200);
      const j = await iface();
      const gone = await mac('02:00:00:00:02:03', j.id);
      expect((await app.api.delete(`${VM_INTERFACES}${j.id}/`)).status).toBe(204);
      expect((await app.api.get(`${MACS}${gone.id}/`)).status).toBe(404);
      expect((await app.api.get(`${MACS}?assigned_object_type=virtualization.vminterface&assigned_object_id=${i.id}`)).body.count).toBe(1);
      expect((await app.api.delete(`${MACS}${m.id}/`)).status).toBe(204);
      const after = (await app.api.get(`${VM_INTERFACES}${i.id}/`)).body;
      expect([after.mac_address, after.primary_mac_address, after.mac_addresses]).toEqual([null, null, []]);
    });
    it('filter by VM and VM interface', async () => {
      const i = await iface({ name: 'filtered' });
      const m = await mac('02:00:00:00:04:04', i.id);
      const ids = async (q: string) => (await app.api.get(`${MACS}?${q}`)).body.results.map((r: { id: number }) => r.id);
      expect(await ids(`vminterface_id=${i.id}`)).toEqual([m.id]);
      expect(await ids('vminterface=filtered')).toEqual([m.id]);
      expect(await ids(`virtual_machine_id=${vmA}&mac_address=02:00:00:00:04:04`)).toEqual([m.id]);
      expect(await ids('virtual_machine=alpha&mac_address=02:00:00:00:04:04')).toEqual([m.id]);
      expect(await ids(`virtual_machine_id=${vmB}&mac_address=02:00:00:00:04:04`)).toEqual([]);
      expect(await ids(`vminterface_id__n=${i.id}&mac_address=02:00:00:00:04:04`)).toEqual([]);
    });
    it('refuses assignment to a VM interface that does not exist', async () => {
      const res = await app.api.post(MACS, { mac_address: '02:00:00:00:03:03', assigned_object_type: 'virtualization.vminterface', assigned_object_id: 999999 });
      expect(res.status).toBe(400);
    });
  });
});
