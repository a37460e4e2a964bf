/** The full REST contract of /api/circuits/circuit-terminations/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CIRCUITS, TERMINATIONS, circuitsApp, make, world, type World } from './fixtures.js';

describeApiViewSet<World>({
  ...circuitsApp,
  path: TERMINATIONS,
  model: 'circuits.circuittermination',
  fields: [
    'id', 'url', 'display_url', 'display', 'circuit', 'term_side', 'termination_type', 'termination_id', 'termination',
    'port_speed', 'upstream_speed', 'xconnect_id', 'pp_info', 'description', 'mark_connected', 'cable', 'cable_end',
    'link_peers', 'link_peers_type', 'tags', 'custom_fields', 'created', 'last_updated', '_occupied',
  ],
  briefFields: ['id', 'url', 'display', 'circuit', 'term_side', 'description', 'cable', '_occupied'],
  // One more circuit without terminations, for the created ones.
  setup: async (app) => {
    const w = await world(app, { uniform: true });
    const extra = await make(app.api, CIRCUITS, { cid: 'CID-400', provider: w.providers[0], type: w.circuitTypes[0] });
    return { ...w, circuits: [...w.circuits, extra.id] };
  },
  createData: (w) => [
    { circuit: w.circuits[1], term_side: 'Z', termination_type: 'dcim.site', termination_id: w.sites[2], port_speed: 10000 },
    { circuit: w.circuits[3], term_side: 'A', termination_type: 'circuits.providernetwork', termination_id: w.networks[2], xconnect_id: 'XC-9' },
    { circuit: w.circuits[3], term_side: 'Z', termination_type: 'dcim.location', termination_id: w.location, mark_connected: true },
  ],
  updateData: (w) => ({ termination_type: 'dcim.site', termination_id: w.sites[1], port_speed: 2048, upstream_speed: 1544, pp_info: 'PP-1', description: 'updated', mark_connected: true }),
  bulkUpdateData: { description: 'bulk edited', xconnect_id: 'XC-BULK' },
  invalidData: (w) => ({ circuit: w.circuits[0], term_side: 'B', termination_type: 'dcim.site', termination_id: w.sites[0] }),
  filters: (w) => ({
    'term_side=A': 3,
    'term_side=Z': 2,
    [`circuit_id=${w.circuits[0]}`]: 2,
    'termination_type=dcim.site': 5,
    [`termination_type=dcim.site&termination_id=${w.sites[1]}`]: 3,
    'port_speed=1000000': 1,
    'upstream_speed__gte=1000': 1,
    'xconnect_id=XC-1': 1,
    'pp_info__ic=pp-7': 1,
    'description__ic=regional': 1,
    'mark_connected=true': 1,
    'occupied=true': 1,
    'cabled=false': 5,
    'cabled=true': 0,
    [`site_id=${w.sites[0]}`]: 1,
    'site=muc1': 3,
    'site__n=muc1': 2,
    [`region_id=${w.regions[0]}`]: 4,
    'region=germany': 4,
    [`site_group_id=${w.siteGroups[0]}`]: 1,
    'site_group=corp': 1,
    [`provider_id=${w.providers[2]}`]: 2,
    'provider=level3': 3,
    'q=CID-300': 2,
    'q=xc-1': 1,
  }),
});
