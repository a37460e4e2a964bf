/** Interface.clean() and save() of NetBox (minus IPAM and cables), VDCs, and the 4.2 primary MAC address. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, dcimApp, make, path, type Base } from './fixtures.js';

const IF = path('interfaces');

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  let seq = 0;
  const iface = async (device: number, body: Record<string, unknown> = {}) =>
    make(app.api, IF, { device, name: `if-${++seq}`, type: '1000base-t', ...body });
  const refused = async (body: Record<string, unknown>, expected: Record<string, string[]>, id?: number) => {
    const res = id ? await app.api.patch(`${IF}${id}/`, body) : await app.api.post(IF, { name: `bad-${++seq}`, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(expected);
  };
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
  }, 600_000);
  afterAll(async () => app.close());

  describe('parent, bridge and LAG', () => {
    it('refuses self references', async () => {
      const v = await iface(b.devices[0]!, { type: 'virtual' });
      await refused({ parent: v.id }, { parent: ['An interface cannot be its own parent.'] }, v.id);
      await refused({ bridge: v.id }, { bridge: ['An interface cannot be bridged to itself.'] }, v.id);
      const lag = await iface(b.devices[0]!, { type: 'lag' });
      await refused({ lag: lag.id }, { lag: ['A LAG interface cannot be its own parent.'] }, lag.id);
    });

    it('gives parents to virtual interfaces only, on the same device', async () => {
      const phys = await iface(b.devices[0]!);
      await refused({ device: b.devices[0], type: '1000base-t', parent: phys.id }, { parent: ['Only virtual interfaces may be assigned to a parent interface.'] });
      const other = await iface(b.devices[1]!);
      await refused({ device: b.devices[0], type: 'virtual', parent: other.id },
        { parent: [`The selected parent interface (${other.name}) belongs to a different device (dev-2)`] });
      const sub = await iface(b.devices[0]!, { type: 'virtual', parent: phys.id });
      expect(sub.parent).toMatchObject({ id: phys.id, name: phys.name });
    });

    it('bridges within the device', async () => {
      const other = await iface(b.devices[1]!, { type: 'bridge' });
      await refused({ device: b.devices[0], type: '1000base-t', bridge: other.id },
        { bridge: [`The selected bridge interface (${other.name}) belongs to a different device (dev-2).`] });
      const br = await iface(b.devices[0]!, { type: 'bridge' });
      expect((await iface(b.devices[0]!, { bridge: br.id })).bridge).toMatchObject({ id: br.id });
    });

    it('puts physical interfaces in a LAG of the same device', async () => {
      const lag = await iface(b.devices[0]!, { type: 'lag' });
      await refused({ device: b.devices[0], type: 'virtual', lag: lag.id }, { lag: ['Virtual interfaces cannot have a parent LAG interface.'] });
      const notLag = await iface(b.devices[0]!);
      await refused({ device: b.devices[0], type: '1000base-t', lag: notLag.id },
        { lag: [`The selected LAG interface (${notLag.name}) is not a LAG interface.`] });
      const otherLag = await iface(b.devices[1]!, { type: 'lag' });
      await refused({ device: b.devices[0], type: '1000base-t', lag: otherLag.id },
        { lag: [`The selected LAG interface (${otherLag.name}) belongs to a different device (dev-2).`] });
      expect((await iface(b.devices[0]!, { lag: lag.id })).lag).toMatchObject({ id: lag.id });
    });

    it('clears links to a deleted interface', async () => {
      const lag = await iface(b.devices[2]!, { type: 'lag' });
      const member = await iface(b.devices[2]!, { lag: lag.id });
      expect((await app.api.delete(`${IF}${lag.id}/`)).status).toBe(204);
      expect((await app.api.get(`${IF}${member.id}/`)).body.lag).toBeNull();
    });
  });

  describe('virtual chassis', () => {
    it('lets members of one virtual chassis share LAGs and bridges', async () => {
      const vc = await make(app.api, path('virtual-chassis'), { name: 'vc-1' });
      const a = await make(app.api, path('devices'), { name: 'vc-a', device_type: b.types.plain, site: b.sites[0], role: b.role, status: 'active', virtual_chassis: vc.id, vc_position: 1 });
      const c = await make(app.api, path('devices'), { name: 'vc-c', device_type: b.types.plain, site: b.sites[0], role: b.role, status: 'active', virtual_chassis: vc.id, vc_position: 2 });
      const lag = await iface(a.id, { type: 'lag' });
      const member = await iface(c.id, { lag: lag.id });
      expect(member.lag).toMatchObject({ id: lag.id });
      const outside = await iface(b.devices[1]!, { type: 'lag' });
      await refused({ device: c.id, type: '1000base-t', lag: outside.id },
        { lag: [`The selected LAG interface (${outside.name}) belongs to dev-2, which is not part of virtual chassis vc-1.`] });
      const members = await app.api.get(`${IF}?virtual_chassis_member_id=${a.id}`);
      expect(members.body.count).toBe(2);
    });
  });

  describe('PoE, radio and MTU', () => {
    it('keeps PoE off virtual interfaces and wants a mode with a type', async () => {
      await refused({ device: b.devices[0], type: 'bridge', poe_mode: 'pse' }, { poe_mode: ['Virtual interfaces cannot have a PoE mode.'] });
      await refused({ device: b.devices[0], type: 'lag', poe_type: 'type1-ieee802.3af' }, { poe_type: ['Virtual interfaces cannot have a PoE type.'] });
      await refused({ device: b.devices[0], type: '1000base-t', poe_type: 'type1-ieee802.3af' }, { poe_type: ['Must specify PoE mode when designating a PoE type.'] });
      await refused({ device: b.devices[0], type: 'virtual', mark_connected: true }, { mark_connected: ['Virtual interfaces cannot be marked as connected.'] });
    });

    it('keeps radio settings to wireless interfaces and derives frequency and width from the channel', async () => {
      await refused({ device: b.devices[0], type: '1000base-t', rf_role: 'ap' }, { rf_role: ['Wireless role may be set only on wireless interfaces.'] });
      await refused({ device: b.devices[0], type: '1000base-t', rf_channel: '2.4g-1-2412-22' }, { rf_channel: ['Channel may be set only on wireless interfaces.'] });
      await refused({ device: b.devices[0], type: '1000base-t', rf_channel_frequency: 2412 }, { rf_channel_frequency: ['Channel frequency may be set only on wireless interfaces.'] });
      await refused({ device: b.devices[0], type: '1000base-t', rf_channel_width: 20 }, { rf_channel_width: ['Channel width may be set only on wireless interfaces.'] });
      await refused({ device: b.devices[0], type: 'ieee802.11n', rf_channel: '2.4g-1-2412-22', rf_channel_frequency: 2417 },
        { rf_channel_frequency: ['Cannot specify custom frequency with channel selected.'] });
      await refused({ device: b.devices[0], type: 'ieee802.11n', rf_channel: '2.4g-1-2412-22', rf_channel_width: 40 },
        { rf_channel_width: ['Cannot specify custom width with channel selected.'] });
      const w = await iface(b.devices[0]!, { type: 'ieee802.11n', rf_role: 'station', rf_channel: '2.4g-1-2412-22' });
      expect(w).toMatchObject({ rf_channel_frequency: 2412, rf_channel_width: 22, rf_role: { value: 'station', label: 'Station' } });
      const custom = await iface(b.devices[0]!, { type: 'ieee802.11ax', rf_channel_frequency: 5955.5, rf_channel_width: 160 });
      expect(custom).toMatchObject({ rf_channel_frequency: 5955.5, rf_channel_width: 160, rf_channel: null });
    });

    it('takes an MTU of 1…65536 and a transmit power of 0…127', async () => {
      await refused({ device: b.devices[0], type: '1000base-t', mtu: 0 }, { mtu: ['Ensure this value is greater than or equal to 1.'] });
      await refused({ device: b.devices[0], type: '1000base-t', mtu: 65537 }, { mtu: ['Ensure this value is less than or equal to 65536.'] });
      await refused({ device: b.devices[0], type: '1000base-t', tx_power: 128 }, { tx_power: ['Ensure this value is less than or equal to 127.'] });
      expect((await iface(b.devices[0]!, { mtu: 65536 })).mtu).toBe(65536);
    });

    it('normalises WWNs and refuses malformed ones', async () => {
      await refused({ device: b.devices[0], type: '1000base-t', wwn: '10:00:00' }, { wwn: ['Invalid WWN format: 10:00:00'] });
      expect((await iface(b.devices[0]!, { wwn: '5001438000a1b2c3' })).wwn).toBe('50:01:43:80:00:A1:B2:C3');
    });
  });

  describe('virtual device contexts', () => {
    it('assigns only VDCs of the same device', async () => {
      const mine = await make(app.api, path('virtual-device-contexts'), { device: b.devices[0], name: 'ctx-1', identifier: 10, status: 'active' });
      const theirs = await make(app.api, path('virtual-device-contexts'), { device: b.devices[1], name: 'ctx-2', identifier: 11, status: 'active' });
      await refused({ device: b.devices[0], type: '1000base-t', vdcs: [mine.id, theirs.id] },
        { vdcs: ['Virtual device context ctx-2 does not belong to device dev-1.'] });
      const ok = await iface(b.devices[0]!, { vdcs: [mine.id] });
      expect(ok.vdcs).toEqual([expect.objectContaining({ id: mine.id, name: 'ctx-1' })]);
    });
  });

  describe('MAC addresses', () => {
    it('shows the primary MAC, follows its changes, and refuses a MAC assigned elsewhere', async () => {
      const a = await iface(b.devices[0]!);
      const other = await iface(b.devices[0]!);
      const mac = await make(app.api, path('mac-addresses'), { mac_address: 'de:ad:be:ef:00:01', assigned_object_type: 'dcim.interface', assigned_object_id: a.id });
      expect(mac.mac_address).toBe('DE:AD:BE:EF:00:01');
      expect(mac.assigned_object).toMatchObject({ id: a.id, name: a.name });
      await refused({ primary_mac_address: mac.id }, { primary_mac_address: ['MAC address DE:AD:BE:EF:00:01 is not assigned to this interface.'] }, other.id);
      const set = await app.api.patch(`${IF}${a.id}/`, { primary_mac_address: mac.id });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ mac_address: 'DE:AD:BE:EF:00:01', primary_mac_address: { id: mac.id, mac_address: 'DE:AD:BE:EF:00:01' } });
      await app.api.patch(`${path('mac-addresses')}${mac.id}/`, { mac_address: 'DE:AD:BE:EF:00:02' });
      expect((await app.api.get(`${IF}${a.id}/`)).body.mac_address).toBe('DE:AD:BE:EF:00:02');
      expect((await app.api.get(`${IF}?mac_address=de:ad:be:ef:00:02`)).body.results.map((r: any) => r.id)).toEqual([a.id]);
      expect((await app.api.get(`${IF}?primary_mac_address_id=${mac.id}`)).body.count).toBe(1);
    });

    it('lists every MAC assigned to the interface in mac_addresses, read-only', async () => {
      const a = await iface(b.devices[0]!);
      expect((await app.api.get(`${IF}${a.id}/`)).body.mac_addresses).toEqual([]);
      const m1 = await make(app.api, path('mac-addresses'), { mac_address: '02:00:00:00:01:01', assigned_object_type: 'dcim.interface', assigned_object_id: a.id });
      const m2 = await make(app.api, path('mac-addresses'), { mac_address: '02:00:00:00:01:02', assigned_object_type: 'dcim.interface', assigned_object_id: a.id });
      await make(app.api, path('mac-addresses'), { mac_address: '02:00:00:00:01:03' });
      const got = (await app.api.get(`${IF}${a.id}/`)).body;
      expect(got.mac_addresses.map((m: { id: number }) => m.id).sort()).toEqual([m1.id, m2.id].sort());
      expect(Object.keys(got.mac_addresses[0])).toEqual(['id', 'url', 'display', 'mac_address', 'description']);
      const ignored = await app.api.patch(`${IF}${a.id}/`, { mac_addresses: [] });
      expect(ignored.body.mac_addresses).toHaveLength(2);
    });

    it('will not unassign or move a primary MAC, and removes MACs with their interface', async () => {
      const a = await iface(b.devices[1]!);
      const other = await iface(b.devices[1]!);
      const mac = await make(app.api, path('mac-addresses'), { mac_address: '02:00:00:00:00:0a', assigned_object_type: 'dcim.interface', assigned_object_id: a.id });
      await app.api.patch(`${IF}${a.id}/`, { primary_mac_address: mac.id });
      const MACS = path('mac-addresses');
      let res = await app.api.patch(`${MACS}${mac.id}/`, { assigned_object_id: other.id });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ non_field_errors: ['Cannot reassign MAC Address while it is designated as the primary MAC for an object'] });
      res = await app.api.patch(`${MACS}${mac.id}/`, { assigned_object_type: null, assigned_object_id: null });
      expect(res.body).toEqual({ non_field_errors: ['Cannot unassign MAC Address while it is designated as the primary MAC for an object'] });
      await app.api.patch(`${IF}${a.id}/`, { primary_mac_address: null });
      expect((await app.api.get(`${IF}${a.id}/`)).body.mac_address).toBeNull();
      expect((await app.api.patch(`${MACS}${mac.id}/`, { assigned_object_id: other.id })).status).toBe(200);
      expect((await app.api.delete(`${IF}${other.id}/`)).status).toBe(204);
      expect((await app.api.get(`${MACS}${mac.id}/`)).status).toBe(404);
    });

    it('refuses malformed addresses and unassignable object types', async () => {
      const MACS = path('mac-addresses');
      let res = await app.api.post(MACS, { mac_address: 'zz:00:00:00:00:00' });
      expect(res.body).toEqual({ mac_address: ['Invalid MAC address format: zz:00:00:00:00:00'] });
      res = await app.api.post(MACS, { mac_address: '02:00:00:00:00:0b', assigned_object_type: 'dcim.device', assigned_object_id: b.devices[0] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ assigned_object_type: ['Invalid object type for assigned object: dcim.device.'] });
    });
  });
});
