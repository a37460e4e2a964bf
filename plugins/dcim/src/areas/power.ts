/**
 * The power area of DCIM: power panels and the power feeds they deliver to racks, the racks'
 * `powerfeed_count`, and their migration (20260302000600…, after the organisation, racks and
 * components areas).
 */
import { defineResource, defineSearchIndex, type ResourceDefinition } from '@patchbay/core';
import type { DcimArea } from './area.js';
import { PowerPanel } from '../models/power-panel.js';
import { PowerFeed, availablePower } from '../models/power-feed.js';
import { powerPanelSerializer } from '../serializers/power-panel.js';
import { powerFeedSerializer } from '../serializers/power-feed.js';
import { powerPanelFilterSet } from '../filters/power-panel.js';
import { powerFeedFilterSet } from '../filters/power-feed.js';
import { createPowerTables } from '../migrations/20260302000600_create_power_tables.js';

type WriteHooks = NonNullable<ResourceDefinition['hooks']>;

/** PowerFeed.save(): caches the available power from the written and stored values. */
const powerFeedHooks: WriteHooks = {
  async beforeSave({ prev, parsed }) {
    parsed.values.available_power = availablePower({ ...(prev ?? {}), ...parsed.values });
  },
};

export const power: DcimArea = {
  models: [PowerPanel, PowerFeed],
  resources: [
    defineResource({ slug: 'power-panels', model: PowerPanel, serializer: powerPanelSerializer, filterSet: powerPanelFilterSet }),
    defineResource({ slug: 'power-feeds', model: PowerFeed, serializer: powerFeedSerializer, filterSet: powerFeedFilterSet, hooks: powerFeedHooks }),
  ],
  // NetBox's dcim/search.py weights.
  searchIndexes: [
    defineSearchIndex(PowerPanel, { fields: { name: 100, description: 500, comments: 5000 }, display: ['site', 'location', 'description'] }),
    defineSearchIndex(PowerFeed, { fields: { name: 100, description: 500, comments: 5000 }, display: ['power_panel', 'rack', 'status', 'description'] }),
  ],
  migrations: { '20260302000600_create_power_tables': createPowerTables },
};
