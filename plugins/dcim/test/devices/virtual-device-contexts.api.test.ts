/** The full REST contract of /api/dcim/virtual-device-contexts/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { VDCS, dcimApp, deviceFixtures, make, type DeviceFixtures } from './fixtures.js';

interface VdcFixtures extends DeviceFixtures {
  vdcs: number[];
}

describeApiViewSet<VdcFixtures>({
  ...dcimApp,
  path: VDCS,
  model: 'dcim.virtualdevicecontext',
  briefFields: ['id', 'url', 'display', 'name', 'identifier', 'device', 'description'],
  // vdc-1 (dev-1, id 1, active, tenant), vdc-2 (dev-2, id 2, planned), vdc-3 (dev-3, no id, offline, "admin context").
  setup: async (app) => {
    const fx = await deviceFixtures(app);
    const vdcs = [
      (await make(app.api, VDCS, { name: 'vdc-1', device: fx.devices[0], identifier: 1, status: 'active', tenant: fx.tenant })).id,
      (await make(app.api, VDCS, { name: 'vdc-2', device: fx.devices[1], identifier: 2, status: 'planned' })).id,
      (await make(app.api, VDCS, { name: 'vdc-3', device: fx.devices[2], status: 'offline', description: 'admin context' })).id,
    ];
    return { ...fx, vdcs };
  },
  createData: (fx) => [
    { name: 'new-1', device: fx.devices[0], identifier: 10, status: 'active', description: 'first' },
    { name: 'new-2', device: fx.devices[0], identifier: 11, status: 'planned', tenant: fx.tenant },
    { name: 'new-3', device: fx.devices[1], status: 'offline', comments: 'three' },
  ],
  updateData: (fx) => ({ description: 'updated', status: 'offline', identifier: 99, tenant: fx.tenant }),
  bulkUpdateData: { description: 'bulk edited', status: 'planned' },
  invalidData: (fx) => ({ name: 'bad', device: fx.devices[0], status: 'nonsense' }),
  filters: (fx) => ({
    'name=vdc-1': 1,
    'name__ic=VDC': 3,
    'name__n=vdc-1': 2,
    'status=planned': 1,
    'status=active&status=offline': 2,
    'identifier=2': 1,
    'identifier__gte=1': 2,
    [`device_id=${fx.devices[0]}`]: 1,
    [`device=${fx.devices[1]}&device=${fx.devices[2]}`]: 2,
    [`tenant_id=${fx.tenant}`]: 1,
    'tenant=tenant-1': 1,
    'description__empty=false': 1,
    'q=admin': 1,
    'q=2': 1,
  }),
});
