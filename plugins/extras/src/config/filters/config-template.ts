import { defineFilterSet } from '@patchbay/core';
import { ConfigTemplate } from '../models/config-template.js';
import { syncedDataFilters } from './synced-data.js';

/**
 * NetBox 4.2's ConfigTemplateFilterSet: name, description, `q` over both (`tag` comes from the tags
 * provider), and the synced-data filters (no data sources exist).
 */
export const configTemplateFilterSet = defineFilterSet(ConfigTemplate, {
  fields: {
    name: 'text',
    description: 'text',
    ...syncedDataFilters(),
  },
  search: ['name', 'description'],
});
