/** The full REST contract of /api/dcim/power-feeds/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { FEEDS, make, powerApp, powerPlaces, type PowerPlaces } from './fixtures.js';

interface Fx extends PowerPlaces { feeds: number[] }

describeApiViewSet<Fx>({
  ...powerApp,
  path: FEEDS,
  model: 'dcim.powerfeed',
  fields: [
    'id', 'url', 'display_url', 'display', 'power_panel', 'rack', 'name', 'status', 'type', 'supply', 'phase',
    'voltage', 'amperage', 'max_utilization', 'mark_connected', 'cable', 'cable_end', 'link_peers', 'link_peers_type',
    'connected_endpoints', 'connected_endpoints_type', 'connected_endpoints_reachable', 'description', 'tenant',
    'comments', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description', 'cable', '_occupied'],
  setup: async (app) => {
    const p = await powerPlaces(app);
    // The first feed (in the default order) points at every related kind, so one row costs what a page does.
    const feeds = [
      (await make(app.api, FEEDS, {
        power_panel: p.panels[0], rack: p.racks[0], name: 'Feed 1', status: 'active', type: 'primary', supply: 'ac',
        phase: 'single-phase', voltage: 230, amperage: 16, max_utilization: 80, tenant: p.tenants[0], description: 'first feed',
      })).id,
      (await make(app.api, FEEDS, {
        power_panel: p.panels[1], rack: p.racks[1], name: 'Feed 2', status: 'planned', type: 'redundant', supply: 'ac',
        phase: 'three-phase', voltage: 400, amperage: 32, max_utilization: 90, tenant: p.tenants[1], mark_connected: true,
      })).id,
      (await make(app.api, FEEDS, {
        power_panel: p.panels[2], name: 'Feed 3', status: 'failed', supply: 'dc', voltage: -48, amperage: 100, comments: 'battery string',
      })).id,
    ];
    return { ...p, feeds };
  },
  createData: (fx) => [
    { power_panel: fx.panels[0], rack: null, name: 'Feed 4' },
    { power_panel: fx.panels[1], rack: fx.racks[1], name: 'Feed 5', status: 'offline', phase: 'three-phase', tenant: fx.tenants[2] },
    { power_panel: fx.panels[2], rack: fx.racks[2], name: 'Feed 6', supply: 'dc', voltage: 48, amperage: 10, max_utilization: 50, mark_connected: true },
  ],
  updateData: { name: 'Feed X', status: 'planned', voltage: 208, description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { power_panel: 999999, name: 'Feed 9' },
  filters: (fx) => ({
    'name=Feed 1': 1,
    'name__ic=feed': 3,
    [`power_panel_id=${fx.panels[0]}`]: 1,
    [`power_panel_id=${fx.panels[0]}&power_panel_id=${fx.panels[2]}`]: 2,
    [`rack_id=${fx.racks[0]}`]: 1,
    'rack_id=null': 1,
    [`site_id=${fx.sites[1]}`]: 1,
    'site=site-1&site=site-3': 2,
    'region=region-1': 1,
    'site_group=group-1': 1,
    'status=active': 1,
    'status=planned&status=failed': 2,
    'status__n=active': 2,
    'type=redundant': 1,
    'supply=dc': 1,
    'phase=three-phase': 1,
    'voltage=230': 1,
    'voltage__lt=0': 1,
    'amperage__gte=32': 2,
    'max_utilization=80': 2,
    'available_power=2944': 1,
    'available_power__gt=10000': 1,
    'mark_connected=true': 1,
    'occupied=true': 1,
    'occupied=false': 2,
    'cabled=false': 3,
    'cabled=true': 0,
    'connected=true': 0,
    'connected=false': 3,
    'cable_id=1': 0,
    'tenant=tenant-1': 1,
    'tenant_id=null': 1,
    'description=first feed': 1,
    'q=battery': 1,
    'q=Panel 2': 1,
    'q=first': 1,
  }),
});
