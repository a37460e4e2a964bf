/** The full REST contract of /api/dcim/module-bays/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { base, dcimApp, make, makeAll, path, type Base } from './fixtures.js';

interface Fx extends Base { bays: number[]; module: number }

describeApiViewSet<Fx>({
  ...dcimApp,
  path: path('module-bays'),
  model: 'dcim.modulebay',
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'module', 'name', 'installed_module', 'label', 'position', 'description',
    'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'installed_module', 'name', 'description'],
  setup: async (app) => {
    const b = await base(app);
    const bays = await makeAll(app, 'module-bays', [
      { device: b.devices[0], name: 'Slot 1', position: '1' },
      { device: b.devices[1], name: 'Slot 2', position: '2', label: 'S2' },
      { device: b.devices[2], name: 'Slot 1', position: '1', description: 'line card slot' },
    ]);
    const module = (await make(app.api, path('modules'), { device: b.devices[0], module_bay: bays[0], module_type: b.moduleType, status: 'active' })).id;
    return { ...b, bays, module };
  },
  createData: (fx) => [
    { device: fx.devices[0], name: 'Slot 3', position: '3' },
    { device: fx.devices[1], name: 'Slot 1', position: 'A' },
    { device: fx.devices[2], name: 'Slot 2', label: 'B' },
  ],
  updateData: { position: '9', label: 'Nine' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device: fx.devices[0], name: 'Slot 1' }),
  filters: (fx) => ({
    'position=1': 2,
    [`installed_module_id=${fx.module}`]: 1,
    [`device_id=${fx.devices[0]}`]: 1,
    'q=line card': 1,
    'label=S2': 1,
  }),
});
