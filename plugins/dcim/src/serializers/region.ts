import { defineSerializer, field } from '@patchbay/core';
import { Region } from '../models/region.js';
import { Site } from '../models/site.js';

/** Regions in NetBox's key order; `site_count` counts the sites of the whole subtree, as NetBox does. */
export const regionSerializer = defineSerializer(Region, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'site_count', '_depth',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'site_count', '_depth'],
  extraFields: { site_count: field.count(() => Site, 'region_id', { cumulative: true }) },
});
