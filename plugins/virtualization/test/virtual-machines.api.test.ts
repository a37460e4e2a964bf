/** The full REST contract of /api/virtualization/virtual-machines/ (generated), on every database. */
import { describeApiViewSet, type TestApp } from '@patchbay/core/testing';
import { VMS, VM_INTERFACES, make, virtualizationApp, vmFixtures, type VMFixtures } from './fixtures.js';

/** The VM fixtures, with vm-1's primary IPv4 10.0.0.1/24 on its eth0 — every relation filled, for the query budget. */
async function setup(app: TestApp): Promise<VMFixtures> {
  const fx = await vmFixtures(app);
  const eth0 = (await make(app.api, VM_INTERFACES, { virtual_machine: fx.vms[0], name: 'eth0' })).id;
  const ip = (await make(app.api, '/api/ipam/ip-addresses/', {
    address: '10.0.0.1/24', status: 'active', assigned_object_type: 'virtualization.vminterface', assigned_object_id: eth0,
  })).id;
  const res = await app.api.patch(`${VMS}${fx.vms[0]}/`, { primary_ip4: ip });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return fx;
}

describeApiViewSet<VMFixtures>({
  ...virtualizationApp,
  path: VMS,
  model: 'virtualization.virtualmachine',
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup,
  createData: (fx) => [
    { name: 'vm-4', cluster: fx.clusters[1], site: fx.sites[1], status: 'active' },
    { name: 'vm-5', site: fx.sites[1], role: fx.vmRole, vcpus: 0.5, memory: 512, disk: 20 },
    { name: 'vm-6', cluster: fx.clusters[2], device: fx.devices[1], tenant: fx.tenant, platform: fx.platform, local_context_data: { a: 1 } },
  ],
  updateData: (fx) => ({ description: 'updated', status: 'staged', serial: 'CHANGED', platform: fx.platform, vcpus: 8 }),
  bulkUpdateData: { description: 'bulk edited', status: 'failed' },
  invalidData: (fx) => ({ name: 'bad', site: fx.sites[0], status: 'nonsense' }),
  filters: (fx) => ({
    'name=vm-1': 1,
    'name=VM-1': 1,
    'name=vm-1&name=vm-2': 2,
    'name__ic=VM': 3,
    'name__n=vm-1': 2,
    'status=planned': 1,
    'status__n=planned': 2,
    [`cluster_id=${fx.clusters[0]}`]: 1,
    'cluster=cluster-2': 1,
    'cluster_group=cg-1&cluster_group=cg-2': 2,
    [`cluster_group_id=${fx.groups[0]}`]: 1,
    'cluster_type=ct-2': 1,
    [`cluster_type_id=${fx.types[0]}`]: 1,
    [`device_id=${fx.devices[0]}`]: 1,
    'device=host-1': 1,
    [`site_id=${fx.sites[0]}`]: 1,
    'site=site-2&site=site-3': 2,
    'region=r-1': 1,
    'role=server': 1,
    [`role_id=${fx.vmRole}`]: 1,
    'platform=linux': 1,
    [`tenant_id=${fx.tenant}`]: 1,
    'tenant=tenant-1': 1,
    'vcpus__gte=1.5': 2,
    'vcpus=2': 1,
    'memory__lt=2048': 1,
    'serial=SN1': 1,
    'local_context_data=true': 1,
    'interface_count=0': 2,
    'interface_count__gte=1': 1,
    'has_primary_ip=true': 1,
    'has_primary_ip=false': 2,
    'q=10.0.0': 1,
    'virtual_disk_count=0': 3,
    'description=web frontend': 1,
    'q=frontend': 1,
    'q=sn1': 1,
  }),
});
