/** The full REST contract of /api/ipam/roles/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.roles,
  model: 'ipam.role',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'weight', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'prefix_count', 'vlan_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'prefix_count', 'vlan_count'],
  async setup(app) {
    const ids: number[] = [];
    for (const body of [
      { name: 'Customer', slug: 'customer', weight: 100, description: 'paying' },
      { name: 'Infrastructure', slug: 'infrastructure' },
      { name: 'Management', slug: 'management', weight: 2000 },
    ]) ids.push((await make(app.api, P.roles, body)).id);
    return ids;
  },
  createData: [
    { name: 'Transit', slug: 'transit' },
    { name: 'Loopbacks', slug: 'loopbacks', weight: 5 },
    { name: 'Lab', slug: 'lab', description: 'testing' },
  ],
  updateData: { name: 'Customers', weight: 10 },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Heavy', slug: 'heavy', weight: -1 },
  filters: {
    'name=Customer': 1,
    'slug__n=customer': 2,
    'weight=1000': 1,
    'weight__gte=1000': 2,
    'description__ic=pay': 1,
    'q=manage': 1,
  },
});
