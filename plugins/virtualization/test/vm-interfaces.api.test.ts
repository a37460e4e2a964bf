/** The full REST contract of /api/virtualization/interfaces/ (VM interfaces, generated), on every database. */
import { describeApiViewSet, type TestApp } from '@patchbay/core/testing';
import { VM_INTERFACES, make, virtualizationApp, vmFixtures, type VMFixtures } from './fixtures.js';

interface Fx extends VMFixtures {
  interfaces: number[];
  mac: number;
}

/**
 * On vm-1: eth1 ("uplink") and eth0, its child (MTU 9000, primary MAC 00:11:22:33:44:55) — eth0
 * sorts first and has every relation filled, for the query budget; eth10 on vm-2 (disabled,
 * access mode); eth0 and ens5 on vm-3.
 */
async function setup(app: TestApp): Promise<Fx> {
  const fx = await vmFixtures(app);
  // Creation order matters: the generated tests delete the first id alone and the last three
  // together, and a parent with children may not go (NetBox's RESTRICT) — eth1 is neither.
  const eth10 = (await make(app.api, VM_INTERFACES, { virtual_machine: fx.vms[1], name: 'eth10', enabled: false, mode: 'access' })).id;
  const eth1 = (await make(app.api, VM_INTERFACES, { virtual_machine: fx.vms[0], name: 'eth1', description: 'uplink' })).id;
  const eth0 = (await make(app.api, VM_INTERFACES, { virtual_machine: fx.vms[0], name: 'eth0', parent: eth1, mtu: 9000 })).id;
  const other = (await make(app.api, VM_INTERFACES, { virtual_machine: fx.vms[2], name: 'eth0' })).id;
  await make(app.api, VM_INTERFACES, { virtual_machine: fx.vms[2], name: 'ens5' });
  const mac = (await make(app.api, '/api/dcim/mac-addresses/', {
    mac_address: '00:11:22:33:44:55', assigned_object_type: 'virtualization.vminterface', assigned_object_id: eth0,
  })).id;
  const res = await app.api.patch(`${VM_INTERFACES}${eth0}/`, { primary_mac_address: mac });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return { ...fx, interfaces: [eth1, eth0, eth10, other], mac };
}

describeApiViewSet<Fx>({
  ...virtualizationApp,
  path: VM_INTERFACES,
  model: 'virtualization.vminterface',
  briefFields: ['id', 'url', 'display', 'virtual_machine', 'name', 'description'],
  setup,
  createData: (fx) => [
    { virtual_machine: fx.vms[0], name: 'eth2' },
    { virtual_machine: fx.vms[0], name: 'eth3', parent: fx.interfaces[0], bridge: fx.interfaces[1], mtu: 1500, mode: 'tagged' },
    { virtual_machine: fx.vms[2], name: 'eth1', enabled: false, description: 'new' },
  ],
  updateData: { description: 'updated', mtu: 1400, enabled: false },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ virtual_machine: fx.vms[0], name: 'bad', mode: 'nonsense' }),
  filters: (fx) => ({
    'name=eth0': 2,
    'name__isw=eth1': 2,
    [`virtual_machine_id=${fx.vms[0]}`]: 2,
    [`virtual_machine_id=${fx.vms[2]}`]: 2,
    'virtual_machine=vm-2': 1,
    [`cluster_id=${fx.clusters[0]}`]: 2,
    'cluster=cluster-2': 1,
    [`parent_id=${fx.interfaces[0]}`]: 1,
    'enabled=false': 1,
    'mtu=9000': 1,
    'mode=access': 1,
    'mac_address=00:11:22:33:44:55': 1,
    'mac_address__ic=44:55': 1,
    'primary_mac_address=00:11:22:33:44:55': 1,
    [`primary_mac_address_id=${fx.mac}`]: 1,
    'description=uplink': 1,
    'q=uplink': 1,
  }),
});
