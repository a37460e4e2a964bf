/** The full REST contract of /api/extras/config-contexts/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CONTEXTS, configApp, context, world, type World } from './fixtures.js';

interface Fx extends World { contexts: number[] }

describeApiViewSet<Fx>({
  ...configApp,
  path: CONTEXTS,
  model: 'extras.configcontext',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'weight', 'description', 'is_active',
    'regions', 'site_groups', 'sites', 'locations', 'device_types', 'roles', 'platforms',
    'cluster_types', 'cluster_groups', 'clusters', 'tenant_groups', 'tenants', 'tags',
    'data_source', 'data_path', 'data_file', 'data_synced', 'data', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: async (app) => {
    const w = await world(app);
    const contexts = [
      (await context(app.api, 'Context 1', { a: 1 }, { weight: 100, regions: [w.regions[0]], sites: [w.sites[0]], tags: ['tag-a'], description: 'first' })).id,
      (await context(app.api, 'Context 2', { b: 2 }, { weight: 200, site_groups: [w.siteGroups[0]], roles: [w.roles[0]], platforms: [w.platforms[0]], tenants: [w.tenants[0]], tenant_groups: [w.tenantGroups[0]] })).id,
      (await context(app.api, 'Context 3', { c: 'needle' }, {
        weight: 300, is_active: false, locations: [w.locations[0]], device_types: [w.deviceTypes[0]], cluster_types: [w.clusterTypes[0]],
        cluster_groups: [w.clusterGroups[0]], clusters: [w.clusters[0]], tags: ['tag-b'],
      })).id,
    ];
    return { ...w, contexts };
  },
  createData: (fx) => [
    { name: 'Context 4', data: { x: 1 } },
    { name: 'Context 5', weight: 10, data: { y: { z: true } }, sites: [fx.sites[1]], tags: ['tag-c'] },
    { name: 'Context 6', data: {}, is_active: false, tenants: [fx.tenants[1]], regions: [fx.regions[1]] },
  ],
  updateData: { name: 'Context X', weight: 5, data: { updated: true } },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Context 9', data: [1, 2] },
  filters: (fx) => ({
    'name=Context 1': 1,
    'name__ic=context': 3,
    'description=first': 1,
    'weight=200': 1,
    'weight__gte=200': 2,
    'is_active=false': 1,
    'auto_sync_enabled=false': 3,
    'auto_sync_enabled=true': 0,
    'data_synced__empty=true': 3,
    'data_synced__gte=2020-01-01T00:00:00Z': 0,
    'data_synced__n=2020-01-01T00:00:00Z': 3,
    [`region_id=${fx.regions[0]}`]: 1,
    'region=europe': 1,
    'site_group=edge': 1,
    [`site_id=${fx.sites[0]}`]: 1,
    'site=paris': 1,
    [`location_id=${fx.locations[0]}`]: 1,
    'location=building': 1,
    [`device_type_id=${fx.deviceTypes[0]}`]: 1,
    'device_role=role-1': 1,
    [`device_role_id=${fx.roles[0]}`]: 1,
    'platform=platform-1': 1,
    'cluster_type=type-1': 1,
    'cluster_group=cgroup-1': 1,
    [`cluster_id=${fx.clusters[0]}`]: 1,
    'tenant_group=tgroup-1': 1,
    'tenant=tenant-1': 1,
    'tag=tag-a': 1,
    'tag=tag-a&tag=tag-b': 2,
    'q=needle': 1,
    'q=first': 1,
  }),
});
