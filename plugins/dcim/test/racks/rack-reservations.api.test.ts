/** The full REST contract of /api/dcim/rack-reservations/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { RACKS, RESERVATIONS, make, places, racksApp, type Places } from './fixtures.js';

interface Fx extends Places { racks: number[]; reservations: number[] }

describeApiViewSet<Fx>({
  ...racksApp,
  path: RESERVATIONS,
  model: 'dcim.rackreservation',
  fields: [
    'id', 'url', 'display_url', 'display', 'rack', 'units', 'created', 'last_updated', 'user', 'tenant',
    'description', 'comments', 'tags', 'custom_fields',
  ],
  briefFields: ['id', 'url', 'display', 'user', 'description', 'units'],
  setup: async (app) => {
    const p = await places(app);
    const racks = [
      (await make(app.api, RACKS, { name: 'Rack 1', facility_id: 'F-1', site: p.sites[0], location: p.locations[0] })).id,
      (await make(app.api, RACKS, { name: 'Rack 2', site: p.sites[1], location: p.locations[1] })).id,
      (await make(app.api, RACKS, { name: 'Rack 3', site: p.sites[2] })).id,
    ];
    const reservations = [
      (await make(app.api, RESERVATIONS, { rack: racks[0], units: [1, 2], user: p.users[0], tenant: p.tenants[0], description: 'Reservation 1' })).id,
      (await make(app.api, RESERVATIONS, { rack: racks[1], units: [3, 4, 5], user: p.users[1], tenant: p.tenants[1], description: 'Reservation 2' })).id,
      (await make(app.api, RESERVATIONS, { rack: racks[2], units: [7], user: p.users[2], description: 'Reservation 3', comments: 'for the lab' })).id,
    ];
    return { ...p, racks, reservations };
  },
  createData: (fx) => [
    { rack: fx.racks[0], units: [10, 11], user: fx.users[0], description: 'Reservation 4' },
    { rack: fx.racks[1], units: [20], user: fx.users[1], tenant: fx.tenants[2], description: 'Reservation 5' },
    { rack: fx.racks[2], units: [1, 2, 3], user: fx.users[2], description: 'Reservation 6', comments: 'six' },
  ],
  updateData: { units: [30, 31], description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { rack: 999999, units: [1], description: 'bad' },
  filters: (fx) => ({
    [`rack_id=${fx.racks[0]}`]: 1,
    [`rack_id=${fx.racks[0]}&rack_id=${fx.racks[1]}`]: 2,
    [`site_id=${fx.sites[0]}`]: 1,
    'site=site-2&site=site-3': 2,
    'region=region-1': 1,
    'site_group=group-1': 1,
    'tenant=tenant-1': 1,
    'tenant_id=null': 1,
    [`location_id=${fx.locations[0]}`]: 1,
    'location=location-2': 1,
    [`user_id=${fx.users[0]}`]: 1,
    'user=rack-user-2&user=rack-user-3': 2,
    'unit=7': 1,
    'unit=2&unit=4': 2,
    'description=Reservation 1': 1,
    'description__ic=reservation': 3,
    'q=F-1': 1,
    'q=rack-user-3': 1,
    'q=Reservation 2': 1,
  }),
});
