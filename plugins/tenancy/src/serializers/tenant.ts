import { defineSerializer } from '@patchbay/core';
import { Tenant } from '../models/tenant.js';

/** Tenants in NetBox 4.2's key order; other plugins add their `<model>_count` fields after `last_updated`. */
export const tenantSerializer = defineSerializer(Tenant, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'group', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description'],
});
