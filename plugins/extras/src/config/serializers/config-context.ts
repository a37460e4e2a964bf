import { defineSerializer } from '@patchbay/core';
import { ConfigContext } from '../models/config-context.js';

/** NetBox 4.2's ConfigContextSerializer: scope lists as brief objects, tags as slugs, data last. */
export const configContextSerializer = defineSerializer(ConfigContext, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'weight', 'description', 'is_active',
    'regions', 'site_groups', 'sites', 'locations', 'device_types', 'roles', 'platforms',
    'cluster_types', 'cluster_groups', 'clusters', 'tenant_groups', 'tenants', 'tags',
    'data_source', 'data_path', 'data_file', 'data_synced', 'data', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
