/** The full REST contract of /api/ipam/asns/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, baseFixtures, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.asns,
  model: 'ipam.asn',
  fields: [
    'id', 'url', 'display_url', 'display', 'asn', 'rir', 'tenant', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated', 'site_count',
  ],
  briefFields: ['id', 'url', 'display', 'asn', 'description'],
  async setup(app) {
    const base = await baseFixtures(app);
    const ids: number[] = [];
    for (const body of [
      { asn: 65001, rir: base.rirs[0], tenant: base.tenants[0], description: 'edge' },
      { asn: 65002, rir: base.rirs[1], tenant: base.tenants[1] },
      { asn: 4200000000, rir: base.rirs[1] },
    ]) ids.push((await make(app.api, P.asns, body)).id);
    const group = (await make(app.api, P.siteGroups, { name: 'Europe', slug: 'europe' })).id;
    await make(app.api, P.sites, { name: 'Site 1', slug: 'site-1', group, asns: [ids[0], ids[1]] });
    await make(app.api, P.sites, { name: 'Site 2', slug: 'site-2', asns: [ids[1]] });
    return { ...base, ids, group };
  },
  createData: (f) => [
    { asn: 64512, rir: f.rirs[0] },
    { asn: 64513, rir: f.rirs[1], tenant: f.tenants[2] },
    { asn: 4294967295, rir: f.rirs[2], description: 'last' },
  ],
  updateData: (f) => ({ asn: 65100, rir: f.rirs[2], comments: 'renumbered' }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (f) => ({ asn: 0, rir: f.rirs[0] }),
  filters: (f) => ({
    'asn=65001': 1,
    'asn__gte=65002': 2,
    [`rir_id=${f.rirs[1]}`]: 2,
    'rir=arin': 1,
    [`tenant_id=${f.tenants[0]}`]: 1,
    'tenant=tenant-b': 1,
    [`tenant_group_id=${f.tenantGroup}`]: 1,
    'site=site-1': 2,
    'site=site-2': 1,
    [`site_group_id=${f.group}`]: 2,
    'site_group=europe': 2,
    'q=65002': 1,
    'q=edge': 1,
  }),
});
