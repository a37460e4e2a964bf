import { defineSerializer, field } from '@patchbay/core';
import { PowerFeed } from '../models/power-feed.js';
import { PowerPanel } from '../models/power-panel.js';

/** Power panels in NetBox 4.2's key order, with their feed count. */
export const powerPanelSerializer = defineSerializer(PowerPanel, {
  fields: [
    'id', 'url', 'display_url', 'display', 'site', 'location', 'name', 'description', 'comments', 'tags',
    'custom_fields', 'powerfeed_count', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description', 'powerfeed_count'],
  extraFields: { powerfeed_count: field.count(() => PowerFeed, 'power_panel_id') },
});
