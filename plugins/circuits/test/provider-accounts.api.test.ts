/** The full REST contract of /api/circuits/provider-accounts/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { ACCOUNTS, circuitsApp, worldWithSpares, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: ACCOUNTS,
  model: 'circuits.provideraccount',
  fields: [
    'id', 'url', 'display_url', 'display', 'provider', 'name', 'account', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'account', 'description'],
  setup: worldWithSpares(ACCOUNTS, (w) => [
    { provider: w.providers[0], account: 'SP-1' }, { provider: w.providers[0], account: 'SP-2' }, { provider: w.providers[2], account: 'SP-3' },
  ]),
  createData: (w) => [
    { provider: w.providers[0], account: 'NEW-1', name: 'New one' },
    { provider: w.providers[1], account: 'NEW-2', description: 'second' },
    { provider: w.providers[2], account: 'ACC-1001', comments: 'same id, other provider' },
  ],
  updateData: { name: 'Renamed', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (w) => ({ provider: w.providers[1], account: 'ACC-1001' }),
  filters: (w) => ({
    'account=ACC-1001': 1,
    'name=Main': 1,
    'name__empty=true': 4,
    'description__ic=billing': 1,
    [`provider_id=${w.providers[1]}`]: 2,
    'provider=zayo': 2,
    'provider__n=level3': 4,
    'q=zayo main': 1,
    'q=acc-': 3,
  }),
});
