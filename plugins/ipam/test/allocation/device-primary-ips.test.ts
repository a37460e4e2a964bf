/**
 * Device primary and out-of-band IPs (NetBox's Device.clean() and IPAddress.clean() rules): the
 * fields at their reference positions, family and "assigned to this device" (directly, via a
 * virtual chassis member's non-management interface, or as NAT outside), one device per address,
 * primary_ip preferring IPv6, SET NULL when the address is deleted, the filters, and the refusal
 * to move or unassign an address that is its device's primary IP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { DEVICES, INTERFACES, IP_ADDRESSES, allocationWorld, deviceWithInterfaces, ipamApp, make, type AllocationWorld } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let w: AllocationWorld;
  let n = 0;
  beforeAll(async () => {
    app = await createTestApp({ ...ipamApp, database });
    w = await allocationWorld(app);
  });
  afterAll(async () => app?.close());

  const device = (extra: Record<string, unknown> = {}) => deviceWithInterfaces(app, w, `dev-${++n}`, 2, extra);
  const ipOn = (address: string, iface: number | null, extra: Record<string, unknown> = {}) =>
    make(app.api, IP_ADDRESSES, { address, ...(iface ? { assigned_object_type: 'dcim.interface', assigned_object_id: iface } : {}), ...extra });
  const patch = (id: number, body: Record<string, unknown>) => app.api.patch(`${DEVICES}${id}/`, body);

  it('shows primary_ip, primary_ip4, primary_ip6 and oob_ip after airflow, in brief form', async () => {
    const d = await device();
    const v4 = await ipOn('192.0.2.1/24', d.interfaces[0]!);
    const v6 = await ipOn('2001:db8::1/64', d.interfaces[0]!);
    const oob = await ipOn('198.51.100.1/24', d.interfaces[1]!);
    const res = await patch(d.device, { primary_ip4: v4.id, primary_ip6: v6.id, oob_ip: oob.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const keys = Object.keys(res.body);
    expect(keys.slice(keys.indexOf('airflow'), keys.indexOf('airflow') + 5)).toEqual(['airflow', 'primary_ip', 'primary_ip4', 'primary_ip6', 'oob_ip']);
    expect(res.body.primary_ip4).toEqual({ id: v4.id, url: expect.stringContaining(`/api/ipam/ip-addresses/${v4.id}/`), display: '192.0.2.1/24', family: { value: 4, label: 'IPv4' }, address: '192.0.2.1/24', description: '' });
    expect(res.body.primary_ip6.id).toBe(v6.id);
    expect(res.body.oob_ip.id).toBe(oob.id);
    // NetBox's primary_ip: IPv6 first (PREFER_IPV4 off), then IPv4.
    expect(res.body.primary_ip.id).toBe(v6.id);
    expect((await patch(d.device, { primary_ip6: null })).body.primary_ip.id).toBe(v4.id);
    expect((await patch(d.device, { primary_ip4: null })).body.primary_ip).toBeNull();
  });

  it('refuses an address of the wrong family or not on this device', async () => {
    const d = await device();
    const other = await device();
    const v4 = await ipOn('192.0.2.10/24', d.interfaces[0]!);
    const v6 = await ipOn('2001:db8::10/64', d.interfaces[0]!);
    const elsewhere = await ipOn('192.0.2.11/24', other.interfaces[0]!);
    const loose = await ipOn('192.0.2.12/24', null);
    expect((await patch(d.device, { primary_ip4: v6.id })).body).toEqual({ primary_ip4: ['2001:db8::10/64 is not an IPv4 address.'] });
    expect((await patch(d.device, { primary_ip6: v4.id })).body).toEqual({ primary_ip6: ['192.0.2.10/24 is not an IPv6 address.'] });
    expect((await patch(d.device, { primary_ip4: elsewhere.id })).body).toEqual({ primary_ip4: ['The specified IP address (192.0.2.11/24) is not assigned to this device.'] });
    expect((await patch(d.device, { oob_ip: loose.id })).body).toEqual({ oob_ip: ['The specified IP address (192.0.2.12/24) is not assigned to this device.'] });
    const created = await app.api.post(DEVICES, { name: 'fresh', device_type: w.deviceType, role: w.deviceRole, site: w.site, primary_ip4: v4.id });
    expect(created.status).toBe(400);
    expect(created.body).toEqual({ primary_ip4: ['The specified IP address (192.0.2.10/24) is not assigned to this device.'] });
    expect((await patch(d.device, { primary_ip4: 999999 })).status).toBe(400);
  });

  it('accepts the NAT outside address of an address on the device', async () => {
    const d = await device();
    const inside = await ipOn('10.0.0.1/24', d.interfaces[0]!);
    const outside = await ipOn('203.0.113.1/24', null, { nat_inside: inside.id });
    const res = await patch(d.device, { primary_ip4: outside.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.primary_ip4.id).toBe(outside.id);
  });

  it('accepts a virtual chassis member’s interface unless it is management-only', async () => {
    const vc = (await make(app.api, '/api/dcim/virtual-chassis/', { name: 'stack' })).id;
    const a = await device({ virtual_chassis: vc, vc_position: 1 });
    const b = await device({ virtual_chassis: vc, vc_position: 2 });
    const mgmt = (await make(app.api, INTERFACES, { device: b.device, name: 'mgmt0', type: '1000base-t', mgmt_only: true })).id;
    const onB = await ipOn('10.1.0.1/24', b.interfaces[0]!);
    const onMgmt = await ipOn('10.1.0.2/24', mgmt);
    expect((await patch(a.device, { primary_ip4: onB.id })).status).toBe(200);
    expect((await patch(a.device, { oob_ip: onMgmt.id })).body).toEqual({ oob_ip: ['The specified IP address (10.1.0.2/24) is not assigned to this device.'] });
  });

  it('lets an address be primary for one device only', async () => {
    const vc = (await make(app.api, '/api/dcim/virtual-chassis/', { name: 'pair' })).id;
    const a = await device({ virtual_chassis: vc, vc_position: 1 });
    const b = await device({ virtual_chassis: vc, vc_position: 2 });
    const shared = await ipOn('10.2.0.1/24', a.interfaces[0]!);
    expect((await patch(a.device, { primary_ip4: shared.id })).status).toBe(200);
    expect((await patch(b.device, { primary_ip4: shared.id })).body).toEqual({ primary_ip4: ['device with this primary IPv4 already exists.'] });
  });

  it('clears the field when the address is deleted', async () => {
    const d = await device();
    const v4 = await ipOn('10.3.0.1/24', d.interfaces[0]!);
    await patch(d.device, { primary_ip4: v4.id });
    expect((await app.api.delete(`${IP_ADDRESSES}${v4.id}/`)).status).toBe(204);
    const res = await app.api.get(`${DEVICES}${d.device}/`);
    expect(res.body.primary_ip4).toBeNull();
    expect(res.body.primary_ip).toBeNull();
  });

  it('refuses to move or unassign an address while it is its device’s primary IP', async () => {
    const d = await device();
    const other = await device();
    const v4 = await ipOn('10.4.0.1/24', d.interfaces[0]!);
    await patch(d.device, { primary_ip4: v4.id });
    const message = { non_field_errors: ['Cannot reassign IP address while it is designated as the primary IP for the parent object'] };
    const moved = await app.api.patch(`${IP_ADDRESSES}${v4.id}/`, { assigned_object_id: other.interfaces[0] });
    expect(moved.status).toBe(400);
    expect(moved.body).toEqual(message);
    expect((await app.api.patch(`${IP_ADDRESSES}${v4.id}/`, { assigned_object_type: null, assigned_object_id: null })).body).toEqual(message);
    // Another interface of the same device is fine.
    expect((await app.api.patch(`${IP_ADDRESSES}${v4.id}/`, { assigned_object_id: d.interfaces[1] })).status).toBe(200);
    // An address that is not primary moves freely.
    const spare = await ipOn('10.4.0.2/24', d.interfaces[0]!);
    expect((await app.api.patch(`${IP_ADDRESSES}${spare.id}/`, { assigned_object_id: other.interfaces[0] })).status).toBe(200);
  });

  it('gives virtual device contexts primary_ip, primary_ip4 and primary_ip6 with NetBox rules', async () => {
    const d = await device();
    const other = await device();
    const vdc = await make(app.api, '/api/dcim/virtual-device-contexts/', { name: 'ctx', device: d.device, status: 'active', identifier: 1 });
    const keys = Object.keys(vdc);
    expect(keys.slice(keys.indexOf('tenant'), keys.indexOf('tenant') + 5)).toEqual(['tenant', 'primary_ip', 'primary_ip4', 'primary_ip6', 'status']);
    const v6 = await ipOn('2001:db8:7::1/64', d.interfaces[0]!);
    const elsewhere = await ipOn('2001:db8:7::2/64', other.interfaces[0]!);
    const url = `/api/dcim/virtual-device-contexts/${vdc.id}/`;
    expect((await app.api.patch(url, { primary_ip4: v6.id })).body).toEqual({ primary_ip4: ['2001:db8:7::1/64 is not an IPv4 address.'] });
    expect((await app.api.patch(url, { primary_ip6: elsewhere.id })).body).toEqual({ primary_ip6: ['Primary IP address must belong to an interface on the assigned device.'] });
    const ok = await app.api.patch(url, { primary_ip6: v6.id });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.primary_ip).toMatchObject({ id: v6.id, address: '2001:db8:7::1/64' });
    expect((await app.api.get(`/api/dcim/virtual-device-contexts/?has_primary_ip=true`)).body.results.map((r: { id: number }) => r.id)).toEqual([vdc.id]);
    expect((await app.api.get(`/api/dcim/virtual-device-contexts/?primary_ip6_id=${v6.id}`)).body.count).toBe(1);
  });

  describe('filters', () => {
    it('has_primary_ip, has_oob_ip, primary_ip4_id, primary_ip6_id, oob_ip_id (and __n)', async () => {
      const d = await device({ name: 'filtered' });
      const v4 = await ipOn('10.5.0.1/24', d.interfaces[0]!);
      const v6 = await ipOn('2001:db8:5::1/64', d.interfaces[0]!);
      const oob = await ipOn('10.5.1.1/24', d.interfaces[1]!);
      await patch(d.device, { primary_ip4: v4.id, primary_ip6: v6.id, oob_ip: oob.id });
      const ids = async (q: string) => {
        const res = await app.api.get(`${DEVICES}?${q}&limit=0`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return (res.body.results as { id: number }[]).map((r) => r.id);
      };
      const all = await ids('');
      const withPrimary = await ids('has_primary_ip=true');
      expect(withPrimary).toContain(d.device);
      expect((await ids('has_primary_ip=false')).length + withPrimary.length).toBe(all.length);
      expect(await ids('has_oob_ip=true')).toContain(d.device);
      expect(await ids('has_oob_ip=false')).not.toContain(d.device);
      expect(await ids(`primary_ip4_id=${v4.id}`)).toEqual([d.device]);
      expect(await ids(`primary_ip6_id=${v6.id}`)).toEqual([d.device]);
      expect(await ids(`oob_ip_id=${oob.id}`)).toEqual([d.device]);
      expect(await ids(`primary_ip4_id__n=${v4.id}`)).not.toContain(d.device);
    });
  });
});
