/** The full REST contract of /api/ipam/aggregates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, baseFixtures, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.aggregates,
  model: 'ipam.aggregate',
  fields: [
    'id', 'url', 'display_url', 'display', 'family', 'prefix', 'rir', 'tenant', 'date_added', 'description', 'comments',
    'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'family', 'prefix', 'description'],
  async setup(app) {
    const base = await baseFixtures(app);
    const ids: number[] = [];
    for (const body of [
      { prefix: '10.0.0.0/8', rir: base.rirs[2], tenant: base.tenants[0], date_added: '2020-01-01', description: 'private' },
      { prefix: '192.0.2.0/24', rir: base.rirs[0], tenant: base.tenants[1] },
      { prefix: '2001:db8::/32', rir: base.rirs[1], date_added: '2021-06-30' },
    ]) ids.push((await make(app.api, P.aggregates, body)).id);
    return { ...base, ids };
  },
  createData: (f) => [
    { prefix: '172.16.0.0/12', rir: f.rirs[2] },
    { prefix: '198.51.100.0/24', rir: f.rirs[0], tenant: f.tenants[2], date_added: '2022-02-02' },
    { prefix: '2001:db9::/32', rir: f.rirs[1], description: 'v6' },
  ],
  updateData: (f) => ({ prefix: '11.0.0.0/8', rir: f.rirs[0], date_added: '2019-12-31', comments: 'moved' }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (f) => ({ prefix: '0.0.0.0/0', rir: f.rirs[0] }),
  filters: (f) => ({
    'family=4': 2,
    'family=6': 1,
    'prefix=10.0.0.0/8': 1,
    'prefix=10.1.2.3/8': 1,
    'prefix=not-a-prefix': 0,
    [`rir_id=${f.rirs[0]}`]: 1,
    'rir=ripe': 1,
    'rir__n=ripe': 2,
    'date_added=2020-01-01': 1,
    'date_added__gte=2020-06-01': 1,
    [`tenant_id=${f.tenants[0]}`]: 1,
    'tenant=tenant-b': 1,
    [`tenant_group_id=${f.tenantGroup}`]: 1,
    'q=10.1.0.0/16': 1,
    'q=2001:': 1,
    'q=private': 1,
  }),
});
