/** The full REST contract of /api/circuits/circuit-types/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CIRCUIT_TYPES, circuitsApp, worldWithSpares, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: CIRCUIT_TYPES,
  model: 'circuits.circuittype',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields', 'created',
    'last_updated', 'circuit_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'circuit_count'],
  setup: worldWithSpares(CIRCUIT_TYPES, () => [{ name: 'T1', slug: 't1' }, { name: 'T2', slug: 't2' }, { name: 'T3', slug: 't3' }]),
  createData: [
    { name: 'Wavelength', slug: 'wavelength', color: '00ff00' },
    { name: 'Satellite', slug: 'satellite', description: 'sky' },
    { name: 'LTE', slug: 'lte' },
  ],
  updateData: { name: 'Dark fiber', color: 'aabbcc', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited', color: '111111' },
  invalidData: { name: 'Bad colour', slug: 'bad-colour', color: 'red' },
  filters: {
    'name=Internet': 1,
    'slug=mpls&slug=internet': 2,
    'color=ff0000': 1,
    'color__empty=true': 5,
    'description=transit': 1,
    'q=dark': 1,
  },
});
