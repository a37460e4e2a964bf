import { defineSerializer, field } from '@patchbay/core';
import { SiteGroup } from '../models/site-group.js';
import { Site } from '../models/site.js';

/** Site groups in NetBox's key order; `site_count` counts the sites of the whole subtree, as NetBox does. */
export const siteGroupSerializer = defineSerializer(SiteGroup, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'site_count', '_depth',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'site_count', '_depth'],
  extraFields: { site_count: field.count(() => Site, 'group_id', { cumulative: true }) },
});
