/** The full REST contract of /api/ipam/rirs/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, ipamApp, make } from './fixtures.js';

describeApiViewSet({
  ...ipamApp,
  path: P.rirs,
  model: 'ipam.rir',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'is_private', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'aggregate_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'aggregate_count'],
  async setup(app) {
    const ids: number[] = [];
    for (const body of [
      { name: 'ARIN', slug: 'arin', description: 'north america' },
      { name: 'RIPE', slug: 'ripe' },
      { name: 'RFC 1918', slug: 'rfc-1918', is_private: true },
    ]) ids.push((await make(app.api, P.rirs, body)).id);
    return ids;
  },
  createData: [
    { name: 'APNIC', slug: 'apnic' },
    { name: 'LACNIC', slug: 'lacnic', description: 'latin america' },
    { name: 'RFC 6598', slug: 'rfc-6598', is_private: true },
  ],
  updateData: { name: 'AfriNIC', is_private: true },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'No slug' },
  filters: {
    'name=ARIN': 1,
    'slug__n=arin': 2,
    'is_private=true': 1,
    'is_private=false': 2,
    'description__ic=north': 1,
    'q=rfc': 1,
  },
});
