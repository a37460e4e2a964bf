/**
 * The IPAM side of virtualization: a VM's primary IPv4/IPv6 (on one of its interfaces, of the
 * right family, one VM each), a VM interface's 802.1Q fields and VRF (IPAM's shared rules), its IP
 * address and FHRP counts, services on VMs, and IP address filters by VM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { VMS, VM_INTERFACES, catalog, make, virtualizationApp, type Catalog } from './fixtures.js';

const IPS = '/api/ipam/ip-addresses/';
const VLANS = '/api/ipam/vlans/';

eachDatabase((database) => {
  let app: TestApp;
  let c: Catalog;
  let n = 0;
  beforeAll(async () => {
    app = await createTestApp({ ...virtualizationApp, database });
    c = await catalog(app);
  });
  afterAll(async () => app?.close());

  const vmWithInterface = async () => {
    const vm = await make(app.api, VMS, { name: `ipvm-${++n}`, site: c.sites[0] });
    const iface = await make(app.api, VM_INTERFACES, { virtual_machine: vm.id, name: 'eth0' });
    return { vm, iface };
  };
  const ip = async (address: string, iface?: number, extra: Record<string, unknown> = {}) =>
    make(app.api, IPS, { address, status: 'active', ...(iface ? { assigned_object_type: 'virtualization.vminterface', assigned_object_id: iface } : {}), ...extra });
  const expect400 = (res: { status: number; body: unknown }, errors: Record<string, string[]>) => {
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
  };

  describe('primary IPs', () => {
    it('take addresses of the VM\'s own interfaces, of the right family; primary_ip prefers IPv6', async () => {
      const { vm, iface } = await vmWithInterface();
      const v4 = await ip(`10.${n}.0.1/24`, iface.id);
      const v6 = await ip(`2001:db8:${n}::1/64`, iface.id);
      expect400(await app.api.patch(`${VMS}${vm.id}/`, { primary_ip4: v6.id }),
        { primary_ip4: [`Must be an IPv4 address. (2001:db8:${n}::1/64 is an IPv6 address.)`] });
      const set = await app.api.patch(`${VMS}${vm.id}/`, { primary_ip4: v4.id });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect(set.body.primary_ip).toMatchObject({ id: v4.id });
      const both = (await app.api.patch(`${VMS}${vm.id}/`, { primary_ip6: v6.id })).body;
      expect([both.primary_ip4.id, both.primary_ip6.id, both.primary_ip.id]).toEqual([v4.id, v6.id, v6.id]);
      expect((await app.api.get(`${VMS}?has_primary_ip=true&name=${vm.name}`)).body.count).toBe(1);
      expect((await app.api.get(`${VMS}?primary_ip4_id=${v4.id}`)).body.results.map((r: { id: number }) => r.id)).toEqual([vm.id]);
      expect((await app.api.get(`${VMS}?q=10.${n}.0.`)).body.results.map((r: { id: number }) => r.id)).toEqual([vm.id]);
    });
    it('refuse an address of another VM, an unassigned one, and one already primary elsewhere', async () => {
      const a = await vmWithInterface();
      const b = await vmWithInterface();
      const foreign = await ip(`10.${n}.1.1/24`, b.iface.id);
      expect400(await app.api.patch(`${VMS}${a.vm.id}/`, { primary_ip4: foreign.id }),
        { primary_ip4: [`The specified IP address (10.${n}.1.1/24) is not assigned to this VM.`] });
      const loose = await ip(`10.${n}.1.2/24`);
      expect400(await app.api.patch(`${VMS}${a.vm.id}/`, { primary_ip4: loose.id }),
        { primary_ip4: [`The specified IP address (10.${n}.1.2/24) is not assigned to this VM.`] });
      expect((await app.api.patch(`${VMS}${b.vm.id}/`, { primary_ip4: foreign.id })).status).toBe(200);
      expect400(await app.api.patch(`${VMS}${a.vm.id}/`, { primary_ip4: foreign.id }),
        { primary_ip4: ['virtual machine with this primary IPv4 already exists.'] });
      expect400(await app.api.post(VMS, { name: 'fresh', site: c.sites[0], primary_ip4: loose.id }),
        { primary_ip4: [`The specified IP address (10.${n}.1.2/24) is not assigned to this VM.`] });
    });
    it('accept the NAT outside address of an interface address', async () => {
      const { vm, iface } = await vmWithInterface();
      const inside = await ip(`192.168.${n}.10/24`, iface.id);
      const outside = await ip(`203.0.113.${n}/32`, undefined, { nat_inside: inside.id });
      expect((await app.api.patch(`${VMS}${vm.id}/`, { primary_ip4: outside.id })).status).toBe(200);
    });
    it('may not be moved to another interface or unassigned while primary; a deleted address is cleared', async () => {
      const a = await vmWithInterface();
      const b = await vmWithInterface();
      const addr = await ip(`10.${n}.2.1/24`, a.iface.id);
      expect((await app.api.patch(`${VMS}${a.vm.id}/`, { primary_ip4: addr.id })).status).toBe(200);
      expect400(await app.api.patch(`${IPS}${addr.id}/`, { assigned_object_id: b.iface.id }),
        { non_field_errors: ['Cannot reassign IP address while it is designated as the primary IP for the parent object'] });
      expect((await app.api.delete(`${IPS}${addr.id}/`)).status).toBe(204);
      const after = (await app.api.get(`${VMS}${a.vm.id}/`)).body;
      expect([after.primary_ip4, after.primary_ip]).toEqual([null, null]);
    });
  });

  describe('interface VLANs, VRF and counts', () => {
    it('check VLAN modes and sites (IPAM\'s interface rules), and filter by VLAN', async () => {
      const { iface } = await vmWithInterface();
      const local = await make(app.api, VLANS, { vid: 100 + n, name: `local-${n}`, status: 'active', site: c.sites[0] });
      const remote = await make(app.api, VLANS, { vid: 200 + n, name: `remote-${n}`, status: 'active', site: c.sites[1] });
      const global = await make(app.api, VLANS, { vid: 300 + n, name: `global-${n}`, status: 'active' });
      expect400(await app.api.patch(`${VM_INTERFACES}${iface.id}/`, { untagged_vlan: local.id }),
        { untagged_vlan: ['Interface mode does not support untagged vlan'] });
      expect400(await app.api.patch(`${VM_INTERFACES}${iface.id}/`, { mode: 'access', untagged_vlan: remote.id }),
        { untagged_vlan: [`The untagged VLAN (remote-${n} (${200 + n})) must belong to the same site as the interface's parent virtual machine, or it must be global.`] });
      expect400(await app.api.patch(`${VM_INTERFACES}${iface.id}/`, { mode: 'access', qinq_svlan: global.id }),
        { qinq_svlan: ['Interface mode does not support q-in-q service vlan'] });
      const ok = await app.api.patch(`${VM_INTERFACES}${iface.id}/`, { mode: 'tagged', untagged_vlan: local.id, tagged_vlans: [global.id] });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body.untagged_vlan).toMatchObject({ id: local.id, vid: 100 + n });
      expect(ok.body.tagged_vlans.map((v: { id: number }) => v.id)).toEqual([global.id]);
      expect((await app.api.get(`${VM_INTERFACES}?vlan_id=${global.id}`)).body.results.map((r: { id: number }) => r.id)).toEqual([iface.id]);
      expect((await app.api.get(`${VM_INTERFACES}?vlan=${100 + n}`)).body.results.map((r: { id: number }) => r.id)).toEqual([iface.id]);
      expect400(await app.api.patch(`${VM_INTERFACES}${iface.id}/`, { mode: 'access' }), { tagged_vlans: ['Interface mode does not support tagged vlans'] });
    });

    it('lets IPAM filter VLANs by VM interface and by what a VM may use', async () => {
      const { vm, iface } = await vmWithInterface();
      const here = await make(app.api, VLANS, { vid: 400 + n, name: `here-${n}`, status: 'active', site: c.sites[0] });
      const there = await make(app.api, VLANS, { vid: 500 + n, name: `there-${n}`, status: 'active', site: c.sites[1] });
      const group = await make(app.api, '/api/ipam/vlan-groups/', { name: `g-${n}`, slug: `g-${n}`, scope_type: 'dcim.site', scope_id: c.sites[0] });
      const grouped = await make(app.api, VLANS, { vid: 600 + n, name: `grouped-${n}`, status: 'active', group: group.id });
      const farGroup = await make(app.api, '/api/ipam/vlan-groups/', { name: `far-${n}`, slug: `far-${n}`, scope_type: 'dcim.site', scope_id: c.sites[1] });
      const far = await make(app.api, VLANS, { vid: 700 + n, name: `far-${n}`, status: 'active', group: farGroup.id });
      const ids = async (q: string) => (await app.api.get(`${VLANS}?${q}&limit=0`)).body.results.map((v: { id: number }) => v.id);
      const usable = await ids(`available_on_virtualmachine=${vm.id}`);
      expect(usable).toEqual(expect.arrayContaining([here.id, grouped.id]));
      expect(usable).not.toContain(there.id);
      expect(usable).not.toContain(far.id);
      expect((await app.api.patch(`${VM_INTERFACES}${iface.id}/`, { mode: 'tagged', untagged_vlan: here.id, tagged_vlans: [grouped.id] })).status).toBe(200);
      expect((await ids(`vminterface_id=${iface.id}`)).sort()).toEqual([here.id, grouped.id].sort());
      expect(await ids(`vminterface_id__n=${iface.id}&site_id=${c.sites[0]}`)).not.toContain(here.id);
    });
    it('shows the VRF and protects a VLAN translation policy in use', async () => {
      const { iface } = await vmWithInterface();
      const vrf = await make(app.api, '/api/ipam/vrfs/', { name: `vrf-${n}`, rd: `65000:${n}` });
      const policy = await make(app.api, '/api/ipam/vlan-translation-policies/', { name: `policy-${n}` });
      const got = (await app.api.patch(`${VM_INTERFACES}${iface.id}/`, { vrf: vrf.id, vlan_translation_policy: policy.id })).body;
      expect(got.vrf).toMatchObject({ id: vrf.id, rd: `65000:${n}` });
      expect((await app.api.get(`${VM_INTERFACES}?vrf_id=${vrf.id}`)).body.count).toBe(1);
      expect((await app.api.get(`${VM_INTERFACES}?vrf=65000:${n}`)).body.count).toBe(1);
      expect((await app.api.delete(`/api/ipam/vlan-translation-policies/${policy.id}/`)).status).toBe(409);
    });
    it('counts the interface\'s IP addresses and FHRP groups; IPAM filters by VM', async () => {
      const { vm, iface } = await vmWithInterface();
      await ip(`10.${n}.3.1/24`, iface.id);
      await ip(`10.${n}.3.2/24`, iface.id);
      const group = await make(app.api, '/api/ipam/fhrp-groups/', { protocol: 'vrrp2', group_id: n });
      await make(app.api, '/api/ipam/fhrp-group-assignments/', { group: group.id, interface_type: 'virtualization.vminterface', interface_id: iface.id, priority: 100 });
      const got = (await app.api.get(`${VM_INTERFACES}${iface.id}/`)).body;
      expect([got.count_ipaddresses, got.count_fhrp_groups]).toEqual([2, 1]);
      expect((await app.api.get(`${IPS}?virtual_machine_id=${vm.id}`)).body.count).toBe(2);
      expect((await app.api.get(`${IPS}?virtual_machine=${vm.name}`)).body.count).toBe(2);
      expect((await app.api.get(`/api/ipam/fhrp-group-assignments/?virtual_machine_id=${vm.id}`)).body.count).toBe(1);
    });
  });

  describe('services', () => {
    it('run on a VM, filter by it, and go with it', async () => {
      const { vm } = await vmWithInterface();
      const svc = await make(app.api, '/api/ipam/services/', { name: 'ssh', protocol: 'tcp', ports: [22], virtual_machine: vm.id });
      expect(svc.virtual_machine).toMatchObject({ id: vm.id, name: vm.name });
      const keys = Object.keys(svc);
      expect(keys.indexOf('virtual_machine')).toBe(keys.indexOf('device') + 1);
      expect((await app.api.get(`/api/ipam/services/?virtual_machine_id=${vm.id}`)).body.count).toBe(1);
      expect((await app.api.delete(`${VMS}${vm.id}/`)).status).toBe(204);
      expect((await app.api.get(`/api/ipam/services/${svc.id}/`)).status).toBe(404);
    });
  });
});
