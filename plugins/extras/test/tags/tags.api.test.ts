/** The full REST contract of /api/extras/tags/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { SITES, TAGS, make, tagFixtures, tagsApp, type TagFixtures } from './fixtures.js';

interface Fx extends TagFixtures { site: number }

describeApiViewSet<Fx>({
  ...tagsApp,
  path: TAGS,
  model: 'extras.tag',
  fields: ['id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'object_types', 'tagged_items', 'created', 'last_updated'],
  briefFields: ['id', 'url', 'display', 'color', 'description', 'name', 'slug'],
  setup: async (app) => {
    const fx = await tagFixtures(app);
    const site = (await make(app.api, SITES, { name: 'Site 1', slug: 'site-1', tags: [fx.tags[0], fx.tags[1]] })).id;
    return { ...fx, site };
  },
  createData: () => [
    { name: 'Delta', slug: 'delta' },
    { name: 'Echo', slug: 'echo', color: '00ff00', description: 'five' },
    { name: 'Foxtrot', slug: 'foxtrot', object_types: ['dcim.site', 'tenancy.tenant'] },
  ],
  updateData: { name: 'Renamed', color: '0000ff', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad', slug: 'bad', color: 'red' },
  filters: (fx) => ({
    'name=Alpha': 1,
    'slug=bravo&slug=charlie': 2,
    'color=ff0000': 1,
    'description__ic=tag': 2,
    'q=char': 1,
    'content_type=dcim.site': 2,
    'content_type=tenancy.tenant': 0,
    [`id=${fx.tags[2]}`]: 1,
  }),
});
