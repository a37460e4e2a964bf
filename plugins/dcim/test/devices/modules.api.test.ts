/** The full REST contract of /api/dcim/modules/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { API, MODULES, catalog, dcimApp, make, DEVICES, type Catalog } from './fixtures.js';

interface ModuleFixtures extends Catalog {
  device: number;
  bays: number[];
  moduleTypes: number[];
  modules: number[];
}

describeApiViewSet<ModuleFixtures>({
  ...dcimApp,
  path: MODULES,
  model: 'dcim.module',
  briefFields: ['id', 'url', 'display', 'device', 'module_bay'],
  // Device chassis-1 with six module bays; modules in bays 1–3: LC-1 (SN-A, AT-A), LC-1 (planned), PSU (Other Co).
  setup: async (app) => {
    const c = await catalog(app);
    const device = (await make(app.api, DEVICES, { name: 'chassis-1', device_type: c.types.u1, role: c.role, site: c.sites[0] })).id;
    const bays: number[] = [];
    for (const i of [1, 2, 3, 4, 5, 6]) bays.push((await make(app.api, `${API}/module-bays/`, { device, name: `Slot ${i}`, position: String(i) })).id);
    const other = (await make(app.api, `${API}/manufacturers/`, { name: 'Other Co', slug: 'other-co' })).id;
    const moduleTypes = [
      (await make(app.api, `${API}/module-types/`, { manufacturer: c.manufacturer, model: 'LC-1' })).id,
      (await make(app.api, `${API}/module-types/`, { manufacturer: other, model: 'PSU' })).id,
    ];
    const modules = [
      (await make(app.api, MODULES, { device, module_bay: bays[0], module_type: moduleTypes[0], serial: 'SN-A', asset_tag: 'AT-A', status: 'active' })).id,
      (await make(app.api, MODULES, { device, module_bay: bays[1], module_type: moduleTypes[0], status: 'planned', description: 'spare card' })).id,
      (await make(app.api, MODULES, { device, module_bay: bays[2], module_type: moduleTypes[1], status: 'active' })).id,
    ];
    return { ...c, device, bays, moduleTypes, modules };
  },
  createData: (fx) => [
    { device: fx.device, module_bay: fx.bays[3], module_type: fx.moduleTypes[0], status: 'active', serial: 'N1' },
    { device: fx.device, module_bay: fx.bays[4], module_type: fx.moduleTypes[1], status: 'staged', asset_tag: 'AT-N2' },
    { device: fx.device, module_bay: fx.bays[5], module_type: fx.moduleTypes[0], description: 'third', comments: 'three' },
  ],
  updateData: { description: 'updated', status: 'offline', serial: 'CHANGED' },
  bulkUpdateData: { description: 'bulk edited', status: 'failed' },
  invalidData: (fx) => ({ device: fx.device, module_bay: fx.bays[3], module_type: fx.moduleTypes[0], status: 'nonsense' }),
  filters: (fx) => ({
    'status=planned': 1,
    'status__n=planned': 2,
    'serial=sn-a': 1,
    'asset_tag=AT-A': 1,
    [`device_id=${fx.device}`]: 3,
    [`module_bay_id=${fx.bays[0]}&module_bay_id=${fx.bays[1]}`]: 2,
    [`module_type_id=${fx.moduleTypes[1]}`]: 1,
    'module_type=LC-1': 2,
    'manufacturer=acme': 2,
    [`manufacturer_id=${fx.manufacturer}`]: 2,
    'q=spare': 1,
    'q=chassis': 3,
  }),
});
