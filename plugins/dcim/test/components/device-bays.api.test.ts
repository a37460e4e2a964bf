/** The full REST contract of /api/dcim/device-bays/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, make, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { bays: number[]; blades: number[] }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('device-bays'),
  model: 'dcim.devicebay',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'name', 'label', 'description', 'installed_device',
    'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'device', 'name', 'description'],
  setup: async (app) => {
    const b = await base(app);
    const blades: number[] = [];
    for (const [name, site] of [['blade-1', b.sites[0]], ['blade-2', b.sites[0]], ['blade-3', b.sites[1]], ['blade-4', b.sites[1]]] as const)
      blades.push((await make(app.api, path('devices'), { name, device_type: b.types.child, site, role: b.role, status: 'active' })).id);
    const bays = await makeAll(app, 'device-bays', [
      { device: b.devices[0], name: 'Bay 1', installed_device: blades[0] },
      { device: b.devices[0], name: 'Bay 2', label: 'B2' },
      { device: b.devices[2], name: 'Bay 1', installed_device: blades[2], description: 'first blade' },
    ]);
    return { ...b, bays, blades };
  },
  createData: (fx) => [
    { device: fx.devices[0], name: 'Bay 3', installed_device: fx.blades[1] },
    { device: fx.devices[2], name: 'Bay 2' },
    { device: fx.devices[2], name: 'Bay 3', installed_device: fx.blades[3], label: 'x' },
  ],
  updateData: { label: 'Top', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  // dev-2's type is not a parent type.
  invalidData: (fx) => ({ device: fx.devices[1], name: 'Bay 1' }),
  filters: (fx) => ({
    [`installed_device_id=${fx.blades[0]}`]: 1,
    'installed_device=blade-3': 1,
    'device=dev-1': 2,
    'site=site-2': 1,
    'q=blade': 1,
  }),
});
