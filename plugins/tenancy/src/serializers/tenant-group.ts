import { defineSerializer, field } from '@patchbay/core';
import { TenantGroup } from '../models/tenant-group.js';
import { Tenant } from '../models/tenant.js';

/** Tenant groups in NetBox 4.2's key order; `tenant_count` covers the whole subtree, as NetBox's. */
export const tenantGroupSerializer = defineSerializer(TenantGroup, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'tenant_count', '_depth',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'tenant_count', '_depth'],
  extraFields: { tenant_count: field.count(() => Tenant, 'group_id', { cumulative: true }) },
});
