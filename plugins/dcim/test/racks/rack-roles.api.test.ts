/** The full REST contract of /api/dcim/rack-roles/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { ROLES, make, racksApp } from './fixtures.js';

interface Fx { roles: number[] }

describeApiViewSet<Fx>({
  ...racksApp,
  path: ROLES,
  model: 'dcim.rackrole',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'rack_count',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description', 'rack_count'],
  setup: async (app) => ({
    roles: [
      (await make(app.api, ROLES, { name: 'Rack Role 1', slug: 'rack-role-1', color: 'ff0000', description: 'core network' })).id,
      (await make(app.api, ROLES, { name: 'Rack Role 2', slug: 'rack-role-2', color: '00ff00' })).id,
      (await make(app.api, ROLES, { name: 'Rack Role 3', slug: 'rack-role-3', description: 'storage' })).id,
    ],
  }),
  createData: [
    { name: 'Rack Role 4', slug: 'rack-role-4', color: '0000ff' },
    { name: 'Rack Role 5', slug: 'rack-role-5', color: 'aa1409', description: 'five' },
    { name: 'Rack Role 6', slug: 'rack-role-6' },
  ],
  updateData: { color: '111111', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad', slug: 'bad', color: 'red' },
  filters: (fx) => ({
    'name=Rack Role 1': 1,
    'name=Rack Role 1&name=Rack Role 2': 2,
    'name__ic=role': 3,
    'slug=rack-role-2': 1,
    'slug__n=rack-role-2': 2,
    'color=ff0000': 1,
    'color=ff0000&color=00ff00': 2,
    'color=9e9e9e': 1,
    'description__ic=network': 1,
    'description__empty=true': 1,
    'q=storage': 1,
    [`id=${fx.roles[0]}&id=${fx.roles[1]}`]: 2,
  }),
});
