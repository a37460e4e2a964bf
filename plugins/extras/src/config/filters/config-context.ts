import { defineFilterSet, relation, type FilterDef, type ModelClass } from '@patchbay/core';
import { DeviceRole, DeviceType, Location, Platform, Region, Site, SiteGroup } from '@patchbay/plugin-dcim';
import { Tenant, TenantGroup } from '@patchbay/plugin-tenancy';
import { Cluster, ClusterGroup, ClusterType } from '@patchbay/plugin-virtualization';
import { ConfigContext } from '../models/config-context.js';
import { syncedDataFilters } from './synced-data.js';
import { Tag } from '../../tags/tag.js';
import { SCOPES } from '../services/scopes.js';

/** `<name>_id` / `<name>` over a scope's join table (NetBox's `regions__slug` style lookups); `by: false` = id only. */
function scopeFilter(scope: string, target: () => ModelClass, by: string | false = 'slug'): FilterDef {
  const s = SCOPES.find((x) => x.name === scope)!;
  return relation(target, { column: 'id', by, through: [{ table: s.table, select: 'configcontext_id', column: s.column }] });
}

/**
 * NetBox 4.2's ConfigContextFilterSet: each scope by id and (where NetBox has it) slug, weight,
 * is_active; `q` searches name, description and the data; the synced-data filters (no data sources).
 */
export const configContextFilterSet = defineFilterSet(ConfigContext, {
  fields: {
    name: 'text',
    description: 'text',
    weight: 'number',
    is_active: 'boolean',
    ...syncedDataFilters(),
    region: scopeFilter('regions', () => Region),
    site_group: scopeFilter('site_groups', () => SiteGroup),
    site: scopeFilter('sites', () => Site),
    location: scopeFilter('locations', () => Location),
    device_type: scopeFilter('device_types', () => DeviceType, false),
    device_role: scopeFilter('roles', () => DeviceRole),
    platform: scopeFilter('platforms', () => Platform),
    cluster_type: scopeFilter('cluster_types', () => ClusterType),
    cluster_group: scopeFilter('cluster_groups', () => ClusterGroup),
    cluster: scopeFilter('clusters', () => Cluster, false),
    tenant_group: scopeFilter('tenant_groups', () => TenantGroup),
    tenant: scopeFilter('tenants', () => Tenant),
    tag: scopeFilter('tags', () => Tag),
  },
  search: (qb, q) => void qb.where((w) => {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    w.where('t.name', 'ilike', pattern).orWhere('t.description', 'ilike', pattern).orWhereRaw('t.data::text ilike ?', [pattern]);
  }),
});
