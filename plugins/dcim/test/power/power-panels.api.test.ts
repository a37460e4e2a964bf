/** The full REST contract of /api/dcim/power-panels/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { PANELS, make, powerApp } from './fixtures.js';
import { places, type Places } from '../racks/fixtures.js';

interface Fx extends Places { panels: number[] }

describeApiViewSet<Fx>({
  ...powerApp,
  path: PANELS,
  model: 'dcim.powerpanel',
  fields: [
    'id', 'url', 'display_url', 'display', 'site', 'location', 'name', 'description', 'comments', 'tags',
    'custom_fields', 'powerfeed_count', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description', 'powerfeed_count'],
  setup: async (app) => {
    const p = await places(app);
    const panels = [
      (await make(app.api, PANELS, { name: 'Panel 1', site: p.sites[0], location: p.locations[0], description: 'first panel' })).id,
      (await make(app.api, PANELS, { name: 'Panel 2', site: p.sites[1], location: p.locations[1], description: 'second panel' })).id,
      (await make(app.api, PANELS, { name: 'Panel 3', site: p.sites[2], comments: 'east wall' })).id,
    ];
    return { ...p, panels };
  },
  createData: (fx) => [
    { name: 'Panel 4', site: fx.sites[0], location: null },
    { name: 'Panel 5', site: fx.sites[1], location: fx.locations[1], description: 'five' },
    { name: 'Panel 6', site: fx.sites[2], location: fx.locations[2], comments: 'six' },
  ],
  updateData: { name: 'Panel X', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Panel 9', site: 999999 },
  filters: (fx) => ({
    'name=Panel 1': 1,
    'name__ic=panel': 3,
    'description=first panel': 1,
    [`site_id=${fx.sites[0]}`]: 1,
    'site=site-2&site=site-3': 2,
    'region=region-1': 1,
    'site_group=group-1': 1,
    [`location_id=${fx.locations[0]}`]: 1,
    [`location_id=${fx.locations[0]}&location_id=${fx.locations[1]}`]: 2,
    'q=second': 1,
    'q=Panel': 3,
  }),
});
