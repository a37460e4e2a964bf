/**
 * A delete logs every object it takes with it, as NetBox's delete collector does: rows of
 * foreign key cascades and rows removed through generic references (an interface's IP addresses,
 * MAC addresses, cable termination and FHRP assignments, an object's journal entries), also
 * several levels down (a device's interfaces and their addresses) — each a `delete` change record
 * under the request id of the delete, and only rows that really went.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { circuitsPlugin } from '@patchbay/plugin-circuits';
import { virtualizationPlugin } from '@patchbay/plugin-virtualization';
import { extrasPlugin } from '@patchbay/plugin-extras';

const INTERFACES = '/api/dcim/interfaces/';

describe('deletes log what they take through generic references', () => {
  let app: TestApp;
  let site: number;
  let deviceType: number;
  let role: number;

  const make = async (path: string, body: Record<string, unknown>): Promise<any> => {
    const res = await app.api.post(path, body);
    if (res.status !== 201) throw new Error(`fixture POST ${path} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const device = async (name: string) => (await make('/api/dcim/devices/', { name, device_type: deviceType, role, site, status: 'active' })).id as number;
  const iface = async (dev: number, name: string) => (await make(INTERFACES, { device: dev, name, type: '1000base-t' })).id as number;
  const ipOn = async (id: number, address: string, type = 'dcim.interface') =>
    (await make('/api/ipam/ip-addresses/', { address, assigned_object_type: type, assigned_object_id: id })).id as number;
  const macOn = async (id: number, mac: string) =>
    (await make('/api/dcim/mac-addresses/', { mac_address: mac, assigned_object_type: 'dcim.interface', assigned_object_id: id })).id as number;
  /** `type#id` of each delete change record of a request, sorted. */
  const deletesOf = async (requestId: string | null): Promise<string[]> => {
    const rows = await app.knex('core_objectchange').where('request_id', requestId);
    expect(rows.every((r) => r.action === 'delete')).toBe(true);
    return rows.map((r) => `${r.changed_object_type}#${r.changed_object_id}`).sort();
  };
  const remove = async (path: string) => {
    const res = await app.api.delete(path);
    expect(res.status, JSON.stringify(res.body)).toBe(204);
    return res.headers.get('x-request-id');
  };
  const gone = async (table: string, ids: number[]) => expect(await app.knex(table).whereIn('id', ids)).toEqual([]);

  beforeAll(async () => {
    app = await createTestApp({ plugins: [tenancyPlugin, dcimPlugin, ipamPlugin, circuitsPlugin, virtualizationPlugin, extrasPlugin] });
    site = (await make('/api/dcim/sites/', { name: 'Site 1', slug: 'site-1', status: 'active' })).id;
    const manufacturer = (await make('/api/dcim/manufacturers/', { name: 'Acme', slug: 'acme' })).id;
    deviceType = (await make('/api/dcim/device-types/', { manufacturer, model: 'S1', slug: 's1' })).id;
    role = (await make('/api/dcim/device-roles/', { name: 'Switch', slug: 'switch', color: '00ff00' })).id;
  });
  afterAll(async () => app?.close());

  it('deleting an interface logs its IP address, MAC address, cable termination, FHRP assignment and journal entry', async () => {
    const [a, b] = [await device('dev-a'), await device('dev-b')];
    const [ifA, ifB] = [await iface(a, 'eth0'), await iface(b, 'eth0')];
    const ip = await ipOn(ifA, '192.0.2.1/24');
    const mac = await macOn(ifA, '00:00:5e:00:53:01');
    const cable = (await make('/api/dcim/cables/', {
      a_terminations: [{ object_type: 'dcim.interface', object_id: ifA }],
      b_terminations: [{ object_type: 'dcim.interface', object_id: ifB }],
    })).id as number;
    const terminations = await app.knex('dcim_cabletermination').where('cable_id', cable).orderBy('cable_end');
    const [termA, termB] = terminations.map((t) => Number(t.id));
    const group = (await make('/api/ipam/fhrp-groups/', { protocol: 'vrrp2', group_id: 1 })).id as number;
    const assignment = (await make('/api/ipam/fhrp-group-assignments/', { group, interface_type: 'dcim.interface', interface_id: ifA, priority: 100 })).id as number;
    const journal = (await make('/api/extras/journal-entries/', { assigned_object_type: 'dcim.interface', assigned_object_id: ifA, comments: 'patched' })).id as number;
    // Not theirs: the other end's interface, its termination and the cable stay.
    const otherIp = await ipOn(ifB, '192.0.2.2/24');

    const requestId = await remove(`${INTERFACES}${ifA}/`);
    expect(await deletesOf(requestId)).toEqual([
      `dcim.cabletermination#${termA}`, `dcim.interface#${ifA}`, `dcim.macaddress#${mac}`, `extras.journalentry#${journal}`,
      `ipam.fhrpgroupassignment#${assignment}`, `ipam.ipaddress#${ip}`,
    ].sort());
    await gone('ipam_ipaddress', [ip]);
    await gone('dcim_macaddress', [mac]);
    await gone('dcim_cabletermination', [termA!]);
    await gone('ipam_fhrpgroupassignment', [assignment]);
    await gone('extras_journalentry', [journal]);
    expect((await app.knex('dcim_cabletermination').where('id', termB!)).length).toBe(1);
    expect((await app.knex('ipam_ipaddress').where('id', otherIp)).length).toBe(1);
  });

  it('the change record keeps the last state of each object taken', async () => {
    const dev = await device('dev-c');
    const ifC = await iface(dev, 'eth1');
    const ip = await ipOn(ifC, '198.51.100.7/24');
    const requestId = await remove(`${INTERFACES}${ifC}/`);
    const change = await app.knex('core_objectchange').where({ request_id: requestId, changed_object_type: 'ipam.ipaddress' }).first();
    const pre = typeof change.prechange_data === 'string' ? JSON.parse(change.prechange_data) : change.prechange_data;
    expect(pre).toMatchObject({ id: ip, address: '198.51.100.7/24', assigned_object_type: 'dcim.interface', assigned_object_id: ifC });
    expect(change.postchange_data).toBeNull();
    expect(change.object_repr).toBe('198.51.100.7/24');
  });

  it('deleting a device logs its interfaces and, a level down, their IP and MAC addresses', async () => {
    const dev = await device('dev-d');
    const ifs = [await iface(dev, 'eth0'), await iface(dev, 'eth1')];
    const ips = [await ipOn(ifs[0]!, '203.0.113.1/24'), await ipOn(ifs[1]!, '203.0.113.2/24'), await ipOn(ifs[1]!, '203.0.113.3/24')];
    const mac = await macOn(ifs[0]!, '00:00:5e:00:53:0a');
    const journal = (await make('/api/extras/journal-entries/', { assigned_object_type: 'dcim.device', assigned_object_id: dev, comments: 'racked' })).id as number;
    // Removed by a trigger of the interface table, which also fires for interfaces cascaded with their device.
    const group = (await make('/api/ipam/fhrp-groups/', { protocol: 'hsrp', group_id: 7 })).id as number;
    const fhrp = (await make('/api/ipam/fhrp-group-assignments/', { group, interface_type: 'dcim.interface', interface_id: ifs[0], priority: 10 })).id as number;

    const requestId = await remove(`/api/dcim/devices/${dev}/`);
    expect(await deletesOf(requestId)).toEqual([
      `dcim.device#${dev}`, ...ifs.map((id) => `dcim.interface#${id}`), ...ips.map((id) => `ipam.ipaddress#${id}`),
      `dcim.macaddress#${mac}`, `extras.journalentry#${journal}`, `ipam.fhrpgroupassignment#${fhrp}`,
    ].sort());
    await gone('dcim_interface', ifs);
    await gone('ipam_ipaddress', ips);
    await gone('dcim_macaddress', [mac]);
    await gone('ipam_fhrpgroupassignment', [fhrp]);
  });

  it('deleting a site logs its journal entry, contact assignment and VLAN group', async () => {
    const other = (await make('/api/dcim/sites/', { name: 'Site 2', slug: 'site-2', status: 'active' })).id as number;
    const journal = (await make('/api/extras/journal-entries/', { assigned_object_type: 'dcim.site', assigned_object_id: other, comments: 'opened' })).id as number;
    const contact = (await make('/api/tenancy/contacts/', { name: 'Alice' })).id as number;
    const contactRole = (await make('/api/tenancy/contact-roles/', { name: 'Owner', slug: 'owner' })).id as number;
    const assignment = (await make('/api/tenancy/contact-assignments/', { object_type: 'dcim.site', object_id: other, contact, role: contactRole })).id as number;
    const vlanGroup = (await make('/api/ipam/vlan-groups/', { name: 'Site 2 VLANs', slug: 'site-2-vlans', scope_type: 'dcim.site', scope_id: other })).id as number;
    const requestId = await remove(`/api/dcim/sites/${other}/`);
    expect(await deletesOf(requestId)).toEqual([
      `dcim.site#${other}`, `extras.journalentry#${journal}`, `ipam.vlangroup#${vlanGroup}`, `tenancy.contactassignment#${assignment}`,
    ].sort());
    await gone('extras_journalentry', [journal]);
    await gone('tenancy_contactassignment', [assignment]);
    await gone('ipam_vlangroup', [vlanGroup]);
  });

  it('deleting a VM interface logs its MAC address', async () => {
    const clusterType = (await make('/api/virtualization/cluster-types/', { name: 'KVM', slug: 'kvm' })).id as number;
    const cluster = (await make('/api/virtualization/clusters/', { name: 'c1', type: clusterType, status: 'active' })).id as number;
    const vm = (await make('/api/virtualization/virtual-machines/', { name: 'vm1', cluster, status: 'active' })).id as number;
    const vmIface = (await make('/api/virtualization/interfaces/', { virtual_machine: vm, name: 'eth0' })).id as number;
    const mac = (await make('/api/dcim/mac-addresses/', {
      mac_address: '00:00:5e:00:53:99', assigned_object_type: 'virtualization.vminterface', assigned_object_id: vmIface,
    })).id as number;
    const requestId = await remove(`/api/virtualization/interfaces/${vmIface}/`);
    expect(await deletesOf(requestId)).toEqual([`dcim.macaddress#${mac}`, `virtualization.vminterface#${vmIface}`].sort());
    await gone('dcim_macaddress', [mac]);
  });

  it('deleting a VM takes and logs its interfaces with their IP addresses and FHRP assignments', async () => {
    const clusterType = (await make('/api/virtualization/cluster-types/', { name: 'Xen', slug: 'xen' })).id as number;
    const cluster = (await make('/api/virtualization/clusters/', { name: 'c2', type: clusterType, status: 'active' })).id as number;
    const vm = (await make('/api/virtualization/virtual-machines/', { name: 'vm2', cluster, status: 'active' })).id as number;
    const vmIface = (await make('/api/virtualization/interfaces/', { virtual_machine: vm, name: 'eth0' })).id as number;
    const ip = await ipOn(vmIface, '198.51.100.7/24', 'virtualization.vminterface');
    const group = (await make('/api/ipam/fhrp-groups/', { protocol: 'vrrp2', group_id: 9 })).id as number;
    const fhrp = (await make('/api/ipam/fhrp-group-assignments/', {
      group, interface_type: 'virtualization.vminterface', interface_id: vmIface, priority: 20,
    })).id as number;
    const requestId = await remove(`/api/virtualization/virtual-machines/${vm}/`);
    expect(await deletesOf(requestId)).toEqual([
      `virtualization.virtualmachine#${vm}`, `virtualization.vminterface#${vmIface}`, `ipam.ipaddress#${ip}`, `ipam.fhrpgroupassignment#${fhrp}`,
    ].sort());
    await gone('ipam_ipaddress', [ip]);
    await gone('ipam_fhrpgroupassignment', [fhrp]);
  });

  it('deleting a circuit logs its circuit group assignment', async () => {
    const provider = (await make('/api/circuits/providers/', { name: 'Carrier', slug: 'carrier' })).id as number;
    const type = (await make('/api/circuits/circuit-types/', { name: 'Transit', slug: 'transit' })).id as number;
    const circuit = (await make('/api/circuits/circuits/', { cid: 'C-1', provider, type })).id as number;
    const group = (await make('/api/circuits/circuit-groups/', { name: 'Diverse', slug: 'diverse' })).id as number;
    const assignment = (await make('/api/circuits/circuit-group-assignments/', { group, member_type: 'circuits.circuit', member_id: circuit })).id as number;
    const requestId = await remove(`/api/circuits/circuits/${circuit}/`);
    expect(await deletesOf(requestId)).toEqual([`circuits.circuit#${circuit}`, `circuits.circuitgroupassignment#${assignment}`].sort());
    await gone('circuits_circuitgroupassignment', [assignment]);
  });

  it('a bookmark goes with its object but is not change-logged', async () => {
    const other = (await make('/api/dcim/sites/', { name: 'Site 3', slug: 'site-3', status: 'active' })).id as number;
    const bookmark = (await make('/api/extras/bookmarks/', { object_type: 'dcim.site', object_id: other })).id as number;
    const requestId = await remove(`/api/dcim/sites/${other}/`);
    expect(await deletesOf(requestId)).toEqual([`dcim.site#${other}`]);
    await gone('extras_bookmark', [bookmark]);
  });
});
