/**
 * NetBox's TenancyFilterSet, for any model with a `tenant` foreign key: `tenant` (slug),
 * `tenant_id`, and `tenant_group` (slug) / `tenant_group_id` matching the tenant's group and
 * everything below it. Spread into a filter set: `fields: { ...tenancyFilters, … }`.
 */
import { relation, type FilterDef } from '@patchbay/core';
import { Tenant } from '../models/tenant.js';
import { TenantGroup } from '../models/tenant-group.js';

/** The tenancy filters for a tenant stored in `column` (default `tenant_id`). */
export function tenancyFiltersFor(column = 'tenant_id'): Record<string, FilterDef> {
  return {
    tenant: relation(() => Tenant, { column }),
    tenant_group: relation(() => TenantGroup, { column, tree: true, through: [{ table: Tenant.tableName, column: 'group_id' }] }),
  };
}

/** The tenancy filters for the usual `tenant_id` column. */
export const tenancyFilters: Record<string, FilterDef> = tenancyFiltersFor();
