/** The full REST contract of /api/circuits/providers/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { PROVIDERS, circuitsApp, worldWithSpares, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: PROVIDERS,
  model: 'circuits.provider',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'accounts', 'description', 'comments', 'asns', 'tags', 'custom_fields',
    'created', 'last_updated', 'circuit_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'circuit_count'],
  setup: worldWithSpares(PROVIDERS, () => [{ name: 'Telia', slug: 'telia' }, { name: 'NTT', slug: 'ntt' }, { name: 'GTT', slug: 'gtt' }]),
  createData: [
    { name: 'Lumen', slug: 'lumen', description: 'formerly CenturyLink' },
    { name: 'Arelion', slug: 'arelion', comments: 'ex Telia Carrier' },
    { name: 'Hurricane Electric', slug: 'he' },
  ],
  updateData: { name: 'Cogent Communications', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'No slug' },
  filters: (w) => ({
    'name=Level3': 1,
    'slug=level3&slug=zayo': 2,
    'description__ic=tier': 1,
    'q=escalate': 1,
    'q=ACC-2001': 1,
    'q=zayo main': 1,
    [`site_id=${w.sites[0]}`]: 1,
    'site=fra1': 1,
    [`region_id=${w.regions[0]}`]: 2,
    'region=germany': 1,
    [`site_group_id=${w.siteGroups[0]}`]: 2,
    'site_group=corp': 2,
    'site__n=fra1': 5,
  }),
});
