import { choice, defineFilterSet, relation } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { PowerFeedPhaseChoices, PowerFeedStatusChoices, PowerFeedSupplyChoices, PowerFeedTypeChoices } from '../choices.js';
import { PowerFeed } from '../models/power-feed.js';
import { PowerPanel } from '../models/power-panel.js';
import { Rack } from '../models/rack.js';
import { siteScopeFilters } from './site-scope.js';
import { cabledObjectFilters } from '../cabling/cabled-fields.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * NetBox 4.2's PowerFeedFilterSet: the site scope through the panel, the panel and rack (by id),
 * status and the electrical attributes, tenancy, the cable filters (CabledObjectFilterSet).
 * `q` searches name, description, the panel's name and comments.
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
    description: 'text',
    ...cabledObjectFilters,
  },
  search: (qb, q) => {
    const like = `%${escapeLike(q)}%`;
    qb.where((w) => w.whereILike('t.name', like).orWhereILike('t.description', like).orWhereILike('t.comments', like)
      .orWhereIn('t.power_panel_id', (s) => s.select('id').from('dcim_powerpanel').whereILike('name', like)));
  },
});
