/**
 * NetBox 4.2 filters closed late: prefixes' `vlan_vid` lookups, IP addresses' negated assignment
 * filters (`interface__n`, `interface_id__n`, `vminterface_id__n`, `fhrpgroup_id__n`) and
 * `service_id(__n)`, VLANs' `qinq_svlan_vid__empty`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { IPAM, IP_ADDRESSES, PREFIXES, VLANS, addressingFixtures, ipamApp, make, type AddressingFixtures } from '../fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let f: AddressingFixtures;
  const ids: Record<string, number> = {};
  const list = async (url: string, key: string): Promise<string[]> => {
    const res = await app.api.get(url);
    expect(res.status, `${url} → ${JSON.stringify(res.body)}`).toBe(200);
    return res.body.results.map((r: Record<string, unknown>) => String(r[key])).sort();
  };

  beforeAll(async () => {
    app = await createTestApp({ ...ipamApp, database });
    f = await addressingFixtures(app);
    // 198.51.100.1 is the virtual IP of an FHRP group; a service on the device listens on 10.1.1.1.
    ids.group = (await make(app.api, `${IPAM}/fhrp-groups/`, { protocol: 'vrrp2', group_id: 1 })).id;
    await make(app.api, IP_ADDRESSES, { address: '198.51.100.1/24', assigned_object_type: 'ipam.fhrpgroup', assigned_object_id: ids.group });
    ids.ssh = (await make(app.api, `${IPAM}/services/`, { device: f.device, name: 'ssh', protocol: 'tcp', ports: [22], ipaddresses: [f.addresses[0]] })).id;
    ids.web = (await make(app.api, `${IPAM}/services/`, { device: f.device, name: 'web', protocol: 'tcp', ports: [80], ipaddresses: [f.addresses[0], f.addresses[2]] })).id;
    // A Q-in-Q service VLAN 200 carrying customer VLAN 201.
    const svlan = await make(app.api, VLANS, { vid: 200, name: 'S-200', qinq_role: 'svlan' });
    await make(app.api, VLANS, { vid: 201, name: 'C-201', qinq_role: 'cvlan', qinq_svlan: svlan.id });
  }, 600_000);
  afterAll(async () => app.close());

  describe('prefixes: vlan_vid', () => {
    // 10.0.0.0/8 has VLAN 101, 192.168.0.0/16 VLAN 102, the other three none.
    it.each([
      ['vlan_vid=101', ['10.0.0.0/8']],
      ['vlan_vid__n=101', ['10.1.0.0/16', '10.1.1.0/24', '192.168.0.0/16', '2001:db8::/32']],
      ['vlan_vid__gt=101', ['192.168.0.0/16']],
      ['vlan_vid__gte=101', ['10.0.0.0/8', '192.168.0.0/16']],
      ['vlan_vid__lt=102', ['10.0.0.0/8']],
      ['vlan_vid__lte=100', []],
      ['vlan_vid__empty=false', ['10.0.0.0/8', '192.168.0.0/16']],
      ['vlan_vid__empty=true', ['10.1.0.0/16', '10.1.1.0/24', '2001:db8::/32']],
    ])('%s', async (q, expected) => expect(await list(`${PREFIXES}?${q}`, 'prefix')).toEqual(expected));

    it('rejects malformed values', async () => {
      expect((await app.api.get(`${PREFIXES}?vlan_vid__gt=x`)).body).toEqual({ vlan_vid__gt: ['Enter a number.'] });
      expect((await app.api.get(`${PREFIXES}?vlan_vid__empty=x`)).body).toEqual({ vlan_vid__empty: ['Select a valid choice. That choice is not one of the available choices.'] });
    });
  });

  describe('ip addresses', () => {
    const ALL = ['10.1.1.1/24', '10.1.1.15/24', '192.168.0.1/16', '198.51.100.1/24', '2001:db8::1/64', '203.0.113.5/32'];
    const without = (...drop: string[]) => ALL.filter((a) => !drop.includes(a));
    const addresses = (q: string) => list(`${IP_ADDRESSES}?${q}`, 'address');

    it('interface__n and interface_id__n keep every other address, unassigned ones included', async () => {
      expect(await addresses('interface=eth0')).toEqual(['10.1.1.1/24']);
      expect(await addresses('interface__n=eth0')).toEqual(without('10.1.1.1/24'));
      expect(await addresses(`interface_id__n=${f.interfaces[1]}`)).toEqual(without('192.168.0.1/16'));
      expect(await addresses(`interface_id__n=${f.interfaces[0]}&interface_id__n=${f.interfaces[1]}`)).toEqual(without('10.1.1.1/24', '192.168.0.1/16'));
    });

    it('fhrpgroup_id__n and vminterface_id__n', async () => {
      expect(await addresses(`fhrpgroup_id=${ids.group}`)).toEqual(['198.51.100.1/24']);
      expect(await addresses(`fhrpgroup_id__n=${ids.group}`)).toEqual(without('198.51.100.1/24'));
      expect(await addresses('vminterface_id__n=1')).toEqual(ALL);
    });

    it('service_id: addresses the services listen on; __n the others', async () => {
      expect(await addresses(`service_id=${ids.ssh}`)).toEqual(['10.1.1.1/24']);
      expect(await addresses(`service_id=${ids.ssh}&service_id=${ids.web}`)).toEqual(['10.1.1.1/24', '192.168.0.1/16']);
      expect(await addresses(`service_id__n=${ids.web}`)).toEqual(without('10.1.1.1/24', '192.168.0.1/16'));
    });

    it('service_id names existing services', async () => {
      const res = await app.api.get(`${IP_ADDRESSES}?service_id=999999`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ service_id: ['Select a valid choice. 999999 is not one of the available choices.'] });
    });
  });

  describe('vlans: qinq_svlan_vid', () => {
    it.each([
      ['qinq_svlan_vid=200', ['C-201']],
      ['qinq_svlan_vid__empty=false', ['C-201']],
      ['qinq_svlan_vid__empty=true', ['S-200', 'VLAN 101', 'VLAN 102', 'VLAN 103']],
      ['qinq_svlan_vid__n=200', ['S-200', 'VLAN 101', 'VLAN 102', 'VLAN 103']],
    ])('%s', async (q, expected) => expect(await list(`${VLANS}?${q}`, 'name')).toEqual(expected));
  });
});
