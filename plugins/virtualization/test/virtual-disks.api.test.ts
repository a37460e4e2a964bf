/** The full REST contract of /api/virtualization/virtual-disks/ (generated), on every database. */
import { describeApiViewSet, type TestApp } from '@patchbay/core/testing';
import { VIRTUAL_DISKS, make, virtualizationApp, vmFixtures, type VMFixtures } from './fixtures.js';

/** disk-1 (100 GB, "root") on vm-1, disk-2 (200) on vm-2, disk-3 (50) on vm-3. */
async function setup(app: TestApp): Promise<VMFixtures> {
  const fx = await vmFixtures(app);
  await make(app.api, VIRTUAL_DISKS, { virtual_machine: fx.vms[0], name: 'disk-1', size: 100, description: 'root' });
  await make(app.api, VIRTUAL_DISKS, { virtual_machine: fx.vms[1], name: 'disk-2', size: 200 });
  await make(app.api, VIRTUAL_DISKS, { virtual_machine: fx.vms[2], name: 'disk-3', size: 50 });
  return fx;
}

describeApiViewSet<VMFixtures>({
  ...virtualizationApp,
  path: VIRTUAL_DISKS,
  model: 'virtualization.virtualdisk',
  briefFields: ['id', 'url', 'display', 'virtual_machine', 'name', 'size', 'description'],
  setup,
  createData: (fx) => [
    { virtual_machine: fx.vms[0], name: 'disk-4', size: 10 },
    { virtual_machine: fx.vms[1], name: 'disk-5', size: 20, description: 'data' },
    { virtual_machine: fx.vms[2], name: 'disk-6', size: 30 },
  ],
  updateData: { description: 'updated', size: 500 },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ virtual_machine: fx.vms[0], name: 'bad', size: -1 }),
  filters: (fx) => ({
    'name=disk-1': 1,
    'name__n=disk-1': 2,
    'size__gte=100': 2,
    [`virtual_machine_id=${fx.vms[0]}&virtual_machine_id=${fx.vms[1]}`]: 2,
    'virtual_machine=vm-3': 1,
    'description=root': 1,
    'q=root': 1,
  }),
});
