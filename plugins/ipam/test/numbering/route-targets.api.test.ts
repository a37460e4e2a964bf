/** The full REST contract of /api/ipam/route-targets/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, baseFixtures, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.routeTargets,
  model: 'ipam.routetarget',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'tenant', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  async setup(app) {
    const base = await baseFixtures(app);
    const ids: number[] = [];
    for (const body of [
      { name: '65000:100', tenant: base.tenants[0], description: 'customers' },
      { name: '65000:200', tenant: base.tenants[1] },
      { name: '65000:300' },
    ]) ids.push((await make(app.api, P.routeTargets, body)).id);
    // VRF "Red" imports 65000:100 and exports 65000:200; "Blue" imports 65000:200.
    await make(app.api, P.vrfs, { name: 'Red', rd: '65000:1', import_targets: [ids[0]], export_targets: [ids[1]] });
    await make(app.api, P.vrfs, { name: 'Blue', rd: '65000:2', import_targets: [ids[1]] });
    return { ...base, ids };
  },
  createData: (f) => [
    { name: '65001:1', tenant: f.tenants[2] },
    { name: '65001:2' },
    { name: '4200000000:1', description: 'four-byte' },
  ],
  updateData: (f) => ({ name: '65000:101', tenant: f.tenants[2], comments: 'renamed' }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'x'.repeat(22) },
  filters: (f) => ({
    'name=65000:100': 1,
    'name__n=65000:100': 2,
    [`tenant_id=${f.tenants[0]}`]: 1,
    'tenant=tenant-b': 1,
    [`tenant_group_id=${f.tenantGroup}`]: 1,
    'importing_vrf=65000:1': 1,
    'importing_vrf=65000:2': 1,
    'exporting_vrf=65000:1': 1,
    'q=customers': 1,
  }),
});
