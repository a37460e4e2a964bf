import { choice, defineFilterSet, method, relation } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { PowerFeedPhaseChoices, PowerFeedStatusChoices, PowerFeedSupplyChoices, PowerFeedTypeChoices } from '../choices.js';
import { PowerFeed } from '../models/power-feed.js';
import { PowerPanel } from '../models/power-panel.js';
import { Rack } from '../models/rack.js';
import { siteScopeFilters } from './site-scope.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * NetBox 4.2's PowerFeedFilterSet: the site scope through the panel, the panel and rack (by id),
 * status and the electrical attributes, tenancy. Cabling does not exist yet, so the
 * CabledObjectFilterSet and PathEndpointFilterSet filters answer as for uncabled feeds (as the
 * circuits plugin does for its terminations). `q` searches name, description, the panel's name
 * and comments.
 */
export const powerFeedFilterSet = defineFilterSet(PowerFeed, {
  fields: {
    ...siteScopeFilters('power_panel_id', [{ table: 'dcim_powerpanel', column: 'site_id' }]),
    ...tenancyFilters,
    power_panel: relation(() => PowerPanel, { by: false }),
    rack: relation(() => Rack, { by: false }),
    name: 'text',
    status: choice(PowerFeedStatusChoices),
    type: choice(PowerFeedTypeChoices),
    supply: choice(PowerFeedSupplyChoices),
    phase: choice(PowerFeedPhaseChoices),
    voltage: 'number',
    amperage: 'number',
    max_utilization: 'number',
    available_power: 'number',
    mark_connected: 'boolean',
    description: 'text',
    // CabledObjectFilterSet: no feed has a cable yet.
    cable_id: method('number', (qb, _values, _lookup, negate) => { if (!negate) qb.whereRaw('false'); }, ['n']),
    cable_end: method('text', (qb, values) => { if (!values.includes('')) qb.whereRaw('false'); }),
    cabled: method('boolean', (qb, values) => { if (values.includes(true)) qb.whereRaw('false'); }),
    occupied: method('boolean', (qb, values) => { qb.whereIn('t.mark_connected', values as boolean[]); }),
    // PathEndpointFilterSet: no feed has a complete path yet.
    connected: method('boolean', (qb, values) => { if (values.includes(true)) qb.whereRaw('false'); }),
  },
  search: (qb, q) => {
    const like = `%${escapeLike(q)}%`;
    qb.where((w) => w.whereILike('t.name', like).orWhereILike('t.description', like).orWhereILike('t.comments', like)
      .orWhereIn('t.power_panel_id', (s) => s.select('id').from('dcim_powerpanel').whereILike('name', like)));
  },
});
