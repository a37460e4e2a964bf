/** The full REST contract of /api/dcim/manufacturers/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, dcimApp, manufacturerFixtures } from './fixtures.js';

describeApiViewSet({
  ...dcimApp,
  path: P.manufacturers,
  model: 'dcim.manufacturer',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'devicetype_count', 'inventoryitem_count', 'platform_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'devicetype_count'],
  setup: manufacturerFixtures,
  createData: [
    { name: 'Nokia', slug: 'nokia', description: 'service routers' },
    { name: 'Dell', slug: 'dell' },
    { name: 'Supermicro', slug: 'supermicro', description: 'servers' },
  ],
  updateData: { name: 'Juniper Networks', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'No slug' },
  filters: {
    'name=Cisco': 1,
    'name__ic=is': 2,
    'slug=arista': 1,
    'slug__n=arista': 2,
    'description=routers': 1,
    'description__empty=true': 1,
    'q=switch': 1,
  },
});
