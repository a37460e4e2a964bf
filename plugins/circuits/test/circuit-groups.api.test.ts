/** The full REST contract of /api/circuits/circuit-groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { GROUPS, circuitsApp, world, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: GROUPS,
  model: 'circuits.circuitgroup',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'description', 'tenant', 'tags', 'custom_fields', 'created',
    'last_updated', 'circuit_count',
  ],
  briefFields: ['id', 'url', 'display', 'name'],
  setup: world,
  createData: (w) => [
    { name: 'Metro', slug: 'metro', tenant: w.tenants[1] },
    { name: 'Long haul', slug: 'long-haul', description: 'wan' },
    { name: 'Out of band', slug: 'oob' },
  ],
  updateData: (w) => ({ name: 'Core', slug: 'core', tenant: w.tenants[1], description: 'updated' }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Backbone', slug: 'backbone-2' },
  filters: (w) => ({
    'name=Access': 1,
    'slug=backbone&slug=spare-group': 2,
    'description__ic=core': 1,
    [`tenant_id=${w.tenants[0]}`]: 1,
    'tenant=acme': 1,
    [`tenant_group_id=${w.tenantGroup}`]: 1,
    'q=spare': 1,
  }),
});
