/**
 * The thirteen assignment scopes of a config context, in NetBox's field order: the API field, its
 * join table (NetBox's names: `extras_configcontext_<field>`) and the join table's target column.
 * One list drives the model's fields, the migration, the filters and the matching query.
 */
export interface Scope {
  /** API field and filter base name. */
  readonly name: string;
  readonly table: string;
  /** Column of the join table pointing at the target. */
  readonly column: string;
  /** The target's table (foreign key of the join table). */
  readonly target: string;
}

const scope = (name: string, column: string, target: string): Scope =>
  Object.freeze({ name, table: `extras_configcontext_${name}`, column, target });

export const SCOPES: readonly Scope[] = Object.freeze([
  scope('regions', 'region_id', 'dcim_region'),
  scope('site_groups', 'sitegroup_id', 'dcim_sitegroup'),
  scope('sites', 'site_id', 'dcim_site'),
  scope('locations', 'location_id', 'dcim_location'),
  scope('device_types', 'devicetype_id', 'dcim_devicetype'),
  scope('roles', 'devicerole_id', 'dcim_devicerole'),
  scope('platforms', 'platform_id', 'dcim_platform'),
  scope('cluster_types', 'clustertype_id', 'virtualization_clustertype'),
  scope('cluster_groups', 'clustergroup_id', 'virtualization_clustergroup'),
  scope('clusters', 'cluster_id', 'virtualization_cluster'),
  scope('tenant_groups', 'tenantgroup_id', 'tenancy_tenantgroup'),
  scope('tenants', 'tenant_id', 'tenancy_tenant'),
  scope('tags', 'tag_id', 'extras_tag'),
]);
