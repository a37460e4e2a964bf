/** NetBox's rules of FHRP groups, their assignments and services, through HTTP, on every database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { P, deviceFixtures, ipOn, ipamApp, make, type Devices } from './fixtures.js';

eachDatabase((database) => {
  describe('services rules', () => {
    let app: TestApp;
    let d: Devices;
    beforeAll(async () => {
      app = await createTestApp({ ...ipamApp, database });
      d = await deviceFixtures(app);
    });
    afterAll(async () => app.close());

    it('documents the endpoints: OPTIONS choices and the OpenAPI paths', async () => {
      const opts = await app.api.options(P.fhrpGroups);
      expect(opts.body.actions.POST.protocol.choices.map((c: any) => c.value)).toEqual(['vrrp2', 'vrrp3', 'carp', 'clusterxl', 'hsrp', 'glbp', 'other']);
      const schema = await app.api.get('/api/schema/');
      expect(schema.status).toBe(200);
      for (const path of ['/api/ipam/fhrp-groups/', '/api/ipam/services/', '/api/ipam/asn-ranges/{id}/available-asns/'])
        expect(Object.keys(schema.body.paths)).toContain(path);
    });

    describe('FHRP groups', () => {
      it('shows protocol and auth type as bare values, its virtual IPs in brief form, and the first IP in its display', async () => {
        const g = await make(app.api, P.fhrpGroups, { name: 'Edge', protocol: 'vrrp3', group_id: 7, auth_type: 'md5', auth_key: 'k' });
        expect(g).toMatchObject({ protocol: 'vrrp3', auth_type: 'md5', display: 'Edge VRRPv3: 7', ip_addresses: [] });
        await ipOn(app, '203.0.113.9/24', g.id, 'ipam.fhrpgroup');
        await ipOn(app, '203.0.113.5/24', g.id, 'ipam.fhrpgroup');
        const got = (await app.api.get(`${P.fhrpGroups}${g.id}/`)).body;
        expect(got.display).toBe('Edge VRRPv3: 7 (203.0.113.5/24)');
        expect(got.ip_addresses.map((ip: any) => ip.address)).toEqual(['203.0.113.5/24', '203.0.113.9/24']);
        expect(Object.keys(got.ip_addresses[0])).toEqual(['id', 'url', 'display', 'family', 'address', 'description']);
        const plain = await make(app.api, P.fhrpGroups, { protocol: 'hsrp', group_id: 8 });
        expect([plain.display, plain.auth_type, plain.name]).toEqual(['HSRP: 8', null, '']);
      });

      it('validates protocol, group id and auth type', async () => {
        const res = await app.api.post(P.fhrpGroups, { protocol: 'ospf', group_id: 40000, auth_type: 'sha' });
        expect(res.status).toBe(400);
        expect(res.body).toEqual({
          protocol: ['"ospf" is not a valid choice.'],
          group_id: ['Ensure this value is less than or equal to 32767.'],
          auth_type: ['"sha" is not a valid choice.'],
        });
        expect((await app.api.post(P.fhrpGroups, { protocol: 'vrrp2' })).body).toEqual({ group_id: ['This field is required.'] });
      });

      it('takes its virtual IPs with it when deleted', async () => {
        const g = await make(app.api, P.fhrpGroups, { protocol: 'carp', group_id: 9 });
        const ip = await ipOn(app, '203.0.113.77/24', g.id, 'ipam.fhrpgroup');
        expect((await app.api.delete(`${P.fhrpGroups}${g.id}/`)).status).toBe(204);
        expect((await app.api.get(`${P.ipAddresses}${ip}/`)).status).toBe(404);
      });
    });

    describe('FHRP group assignments', () => {
      it('assigns an interface once per group, priority 0-255, and shows it with names', async () => {
        const g = await make(app.api, P.fhrpGroups, { name: 'Pair', protocol: 'hsrp', group_id: 100 });
        const body = { group: g.id, interface_type: 'dcim.interface', interface_id: d.interfaces[0], priority: 150 };
        const a = await make(app.api, P.fhrpAssignments, body);
        expect(a.display).toBe('eth0: Pair HSRP: 100 (150)');
        await ipOn(app, '192.0.2.254/24', g.id, 'ipam.fhrpgroup');
        expect((await app.api.get(`${P.fhrpAssignments}${a.id}/`)).body.display).toBe('eth0: Pair HSRP: 100 (192.0.2.254/24) (150)');
        expect(a.interface).toMatchObject({ id: d.interfaces[0], name: 'eth0', device: expect.objectContaining({ id: d.devices[0] }) });
        expect(a.group).toMatchObject({ id: g.id, protocol: 'hsrp', group_id: 100 });
        const dup = await app.api.post(P.fhrpAssignments, body);
        expect(dup.status).toBe(400);
        expect(dup.body).toEqual({ non_field_errors: ['The fields interface_type, interface_id, group must make a unique set.'] });
        const bad = await app.api.post(P.fhrpAssignments, { ...body, interface_id: d.interfaces[1], priority: 256 });
        expect(bad.body).toEqual({ priority: ['Ensure this value is less than or equal to 255.'] });
      });

      it('refuses other object types and missing interfaces', async () => {
        const g = await make(app.api, P.fhrpGroups, { protocol: 'vrrp2', group_id: 101 });
        const wrong = await app.api.post(P.fhrpAssignments, { group: g.id, interface_type: 'dcim.device', interface_id: d.devices[0], priority: 1 });
        expect(wrong.status).toBe(400);
        expect(wrong.body).toHaveProperty('interface_type');
        const missing = await app.api.post(P.fhrpAssignments, { group: g.id, interface_type: 'dcim.interface', interface_id: 999999, priority: 1 });
        expect(missing.status).toBe(400);
      });

      it('counts an interface’s FHRP groups after its IP count, and goes when the interface goes', async () => {
        const g1 = await make(app.api, P.fhrpGroups, { protocol: 'glbp', group_id: 102 });
        const g2 = await make(app.api, P.fhrpGroups, { protocol: 'glbp', group_id: 103 });
        const iface = d.interfaces[5]!;
        for (const g of [g1, g2]) await make(app.api, P.fhrpAssignments, { group: g.id, interface_type: 'dcim.interface', interface_id: iface, priority: 1 });
        const got = (await app.api.get(`${P.interfaces}${iface}/`)).body;
        expect(got.count_fhrp_groups).toBe(2);
        const keys = Object.keys(got);
        if (keys.includes('count_ipaddresses')) expect(keys.indexOf('count_fhrp_groups')).toBe(keys.indexOf('count_ipaddresses') + 1);
        expect((await app.api.get(`${P.interfaces}${d.interfaces[4]}/`)).body.count_fhrp_groups).toBe(0);
        expect((await app.api.delete(`${P.interfaces}${iface}/`)).status).toBe(204);
        expect((await app.api.get(`${P.fhrpAssignments}?group_id=${g1.id}`)).body.count).toBe(0);
      });
    });

    describe('services', () => {
      it('needs a device (or a virtual machine)', async () => {
        const res = await app.api.post(P.services, { name: 'orphan', protocol: 'tcp', ports: [22] });
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ non_field_errors: ['A service must be associated with either a device or a virtual machine.'] });
      });

      it('validates ports and protocol', async () => {
        const res = await app.api.post(P.services, { device: d.devices[0], name: 'x', protocol: 'icmp', ports: [0, 22] });
        expect(res.body).toEqual({ protocol: ['"icmp" is not a valid choice.'], ports: ['Ensure this value is greater than or equal to 1.'] });
        expect((await app.api.post(P.services, { device: d.devices[0], name: 'x', protocol: 'tcp' })).body).toEqual({ ports: ['This field is required.'] });
      });

      it('shows NetBox’s display with collapsed port ranges and the protocol as a choice', async () => {
        const s = await make(app.api, P.services, { device: d.devices[0], name: 'web', protocol: 'tcp', ports: [8081, 80, 8080, 443, 8082] });
        expect(s.display).toBe('web (TCP/80, 443, 8080-8082)');
        expect(s.protocol).toEqual({ value: 'tcp', label: 'TCP' });
        expect(s.device).toMatchObject({ id: d.devices[0], name: 'dev-1' });
      });

      it('binds only IP addresses of its own device, also when the device changes', async () => {
        const own = await ipOn(app, '10.9.0.1/24', d.interfaces[0]!);
        const other = await ipOn(app, '10.9.1.1/24', d.interfaces[2]!);
        const loose = await ipOn(app, '10.9.2.1/24', null);
        const bad = await app.api.post(P.services, { device: d.devices[0], name: 'ntp', protocol: 'udp', ports: [123], ipaddresses: [own, other] });
        expect(bad.status).toBe(400);
        expect(bad.body).toEqual({ ipaddresses: ['IP address 10.9.1.1/24 is not assigned to an interface of this device.'] });
        expect((await app.api.post(P.services, { device: d.devices[0], name: 'ntp', protocol: 'udp', ports: [123], ipaddresses: [loose] })).status).toBe(400);
        const s = await make(app.api, P.services, { device: d.devices[0], name: 'ntp', protocol: 'udp', ports: [123], ipaddresses: [{ address: '10.9.0.1/24' }] });
        expect(s.ipaddresses.map((ip: any) => ip.id)).toEqual([own]);
        const moved = await app.api.patch(`${P.services}${s.id}/`, { device: d.devices[1] });
        expect(moved.status).toBe(400);
        expect(moved.body).toEqual({ ipaddresses: ['IP address 10.9.0.1/24 is not assigned to an interface of this device.'] });
        const ok = await app.api.patch(`${P.services}${s.id}/`, { device: d.devices[1], ipaddresses: [other] });
        expect(ok.status).toBe(200);
        expect(ok.body.ipaddresses.map((ip: any) => ip.address)).toEqual(['10.9.1.1/24']);
      });

      it('goes with its device', async () => {
        const site = (await app.api.get('/api/dcim/sites/?slug=site-1')).body.results[0].id;
        const type = (await app.api.get('/api/dcim/device-types/?slug=r1')).body.results[0].id;
        const role = (await app.api.get('/api/dcim/device-roles/?slug=router')).body.results[0].id;
        const dev = await make(app.api, P.devices, { name: 'temp', site, device_type: type, role });
        const s = await make(app.api, P.services, { device: dev.id, name: 'tmp', protocol: 'tcp', ports: [1] });
        expect((await app.api.delete(`${P.devices}${dev.id}/`)).status).toBe(204);
        expect((await app.api.get(`${P.services}${s.id}/`)).status).toBe(404);
      });
    });
  });
});
