/** The full REST contract of /api/dcim/virtual-chassis/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CHASSIS, DEVICES, dcimApp, deviceFixtures, make, type DeviceFixtures } from './fixtures.js';

interface ChassisFixtures extends DeviceFixtures {
  chassisIds: number[];
}

describeApiViewSet<ChassisFixtures>({
  ...dcimApp,
  path: CHASSIS,
  model: 'dcim.virtualchassis',
  briefFields: ['id', 'url', 'display', 'name', 'master', 'description', 'member_count'],
  // vc-1 (dev-1 its master and member), vc-2 (dev-2 member, no master), vc-3 (empty, "spare stack").
  setup: async (app) => {
    const fx = await deviceFixtures(app);
    await app.api.patch(`${CHASSIS}${fx.chassis}/`, { master: fx.devices[0] });
    const vc2 = (await make(app.api, CHASSIS, { name: 'vc-2', domain: 'two.example' })).id;
    await app.api.patch(`${DEVICES}${fx.devices[1]}/`, { virtual_chassis: vc2, vc_position: 1 });
    const vc3 = (await make(app.api, CHASSIS, { name: 'vc-3', description: 'spare stack' })).id;
    return { ...fx, chassisIds: [fx.chassis, vc2, vc3] };
  },
  createData: (fx) => [
    { name: 'new-1', domain: 'new.example', description: 'first' },
    { name: 'new-2', master: fx.devices[2], comments: 'with a master' },
    { name: 'new-3' },
  ],
  updateData: { description: 'updated', domain: 'changed.example', comments: 'changed' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: '' },
  filters: (fx) => ({
    'name=vc-1': 1,
    'name__ic=VC-': 3,
    'name__n=vc-1': 2,
    'domain=two.example': 1,
    'domain__empty=true': 1,
    [`master_id=${fx.devices[0]}`]: 1,
    'master=dev-1': 1,
    'master=null': 2,
    [`site_id=${fx.sites[0]}`]: 1,
    'site=site-1': 1,
    'region=r-1': 1,
    [`tenant_id=${fx.tenant}`]: 1,
    'member_count=0': 1,
    'member_count__gte=1': 2,
    'q=spare': 1,
    'q=dev-2': 1,
  }),
});
