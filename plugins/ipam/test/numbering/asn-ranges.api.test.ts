/** The full REST contract of /api/ipam/asn-ranges/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, baseFixtures, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.asnRanges,
  model: 'ipam.asnrange',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'rir', 'start', 'end', 'tenant', 'description', 'tags',
    'custom_fields', 'created', 'last_updated', 'asn_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  async setup(app) {
    const base = await baseFixtures(app);
    const ids: number[] = [];
    for (const body of [
      { name: 'Private 16-bit', slug: 'private-16', rir: base.rirs[2], start: 64512, end: 65534, tenant: base.tenants[0], description: 'internal' },
      { name: 'Documentation', slug: 'documentation', rir: base.rirs[0], start: 64496, end: 64511, tenant: base.tenants[1] },
      { name: 'Private 32-bit', slug: 'private-32', rir: base.rirs[2], start: 4200000000, end: 4294967294 },
    ]) ids.push((await make(app.api, P.asnRanges, body)).id);
    await make(app.api, P.asns, { asn: 64512, rir: base.rirs[2] });
    return { ...base, ids };
  },
  createData: (f) => [
    { name: 'Range A', slug: 'range-a', rir: f.rirs[0], start: 1, end: 100 },
    { name: 'Range B', slug: 'range-b', rir: f.rirs[1], start: 200, end: 300, tenant: f.tenants[2] },
    { name: 'Range C', slug: 'range-c', rir: f.rirs[1], start: 400, end: 401, description: 'tiny' },
  ],
  updateData: (f) => ({ name: 'Private renamed', slug: 'private-renamed', rir: f.rirs[1], start: 64600, end: 64700 }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (f) => ({ name: 'Backwards', slug: 'backwards', rir: f.rirs[0], start: 10, end: 5 }),
  filters: (f) => ({
    'name=Documentation': 1,
    'slug=private-32': 1,
    'start=64496': 1,
    'start__lte=64500': 1,
    'end__gte=65534': 2,
    [`rir_id=${f.rirs[2]}`]: 2,
    'rir=arin': 1,
    [`tenant_id=${f.tenants[0]}`]: 1,
    'tenant=tenant-b': 1,
    [`tenant_group_id=${f.tenantGroup}`]: 1,
    'q=internal': 1,
    'q=private': 2,
  }),
});
