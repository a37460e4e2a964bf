/** The full REST contract of /api/ipam/vrfs/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, baseFixtures, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.vrfs,
  model: 'ipam.vrf',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'rd', 'tenant', 'enforce_unique', 'description', 'comments',
    'import_targets', 'export_targets', 'tags', 'custom_fields', 'created', 'last_updated', 'ipaddress_count', 'prefix_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'rd', 'description', 'prefix_count'],
  async setup(app) {
    const base = await baseFixtures(app);
    const targets: number[] = [];
    for (const name of ['65000:100', '65000:200', '65000:300']) targets.push((await make(app.api, P.routeTargets, { name })).id);
    const ids: number[] = [];
    for (const body of [
      { name: 'Red', rd: '65000:1', tenant: base.tenants[0], import_targets: [targets[0]], export_targets: [targets[1]], description: 'customers' },
      { name: 'Blue', rd: '65000:2', tenant: base.tenants[1], enforce_unique: false, import_targets: [targets[1], targets[2]] },
      { name: 'Green' },
    ]) ids.push((await make(app.api, P.vrfs, body)).id);
    return { ...base, targets, ids };
  },
  createData: (f) => [
    { name: 'Yellow', rd: '65000:4', tenant: f.tenants[2], export_targets: [f.targets[2]] },
    { name: 'Purple', enforce_unique: false },
    { name: 'Orange', rd: '10.0.0.1:5', import_targets: [f.targets[0], f.targets[1]] },
  ],
  updateData: (f) => ({ name: 'Crimson', rd: '65000:9', enforce_unique: false, import_targets: [f.targets[2]], export_targets: [] }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Too long RD', rd: '1'.repeat(22) },
  filters: (f) => ({
    'name=Red': 1,
    'rd=65000:1': 1,
    'rd__empty=true': 1,
    'enforce_unique=false': 1,
    [`tenant_id=${f.tenants[0]}`]: 1,
    'tenant=tenant-b': 1,
    [`tenant_group_id=${f.tenantGroup}`]: 1,
    [`import_target_id=${f.targets[1]}`]: 1,
    'import_target=65000:300': 1,
    'export_target=65000:200': 1,
    [`export_target_id=${f.targets[2]}`]: 0,
    'q=65000:2': 1,
    'q=customers': 1,
  }),
});
