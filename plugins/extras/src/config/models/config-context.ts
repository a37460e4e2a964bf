/**
 * A config context (NetBox's ConfigContext): a JSON document merged, by weight, into the
 * `config_context` of every device and virtual machine its scope lists match (empty list = any).
 * Change-logged, not tagged: its `tags` list is an assignment scope, written and shown as slugs.
 */
import { ChangeLoggedModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { DeviceRole, DeviceType, Location, Platform, Region, Site, SiteGroup } from '@patchbay/plugin-dcim';
import { Tenant, TenantGroup } from '@patchbay/plugin-tenancy';
import { Cluster, ClusterGroup, ClusterType } from '@patchbay/plugin-virtualization';
import { SCOPES } from '../services/scopes.js';
import { Tag } from '../../tags/tag.js';
import { syncedDataFields } from './synced-data.js';

const targets = {
  regions: () => Region, site_groups: () => SiteGroup, sites: () => Site, locations: () => Location,
  device_types: () => DeviceType, roles: () => DeviceRole, platforms: () => Platform,
  cluster_types: () => ClusterType, cluster_groups: () => ClusterGroup, clusters: () => Cluster,
  tenant_groups: () => TenantGroup, tenants: () => Tenant,
} as const;

/** The twelve object scopes as many-to-many fields over `extras_configcontext_<scope>` tables. */
const scopeFields: FieldMap = Object.fromEntries(SCOPES.filter((s) => s.name !== 'tags').map((s) => [
  s.name,
  field.many(targets[s.name as keyof typeof targets], { table: s.table, from: 'configcontext_id', to: s.column }),
]));

export class ConfigContext extends ChangeLoggedModel {
  static override tableName = 'extras_configcontext';
  static override label = 'extras.configcontext';
  static override verboseName = 'config context';
  static override verboseNamePlural = 'config contexts';
  static override features: ModelFeature[] = ['custom_links', 'cloning', 'synced_data'];
  static override ordering = ['weight', 'name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    weight: field.integer({ min: 0, max: 32767, default: 1000 }),
    description: field.string({ maxLength: 200, default: '' }),
    is_active: field.boolean({ default: true }),
    ...scopeFields,
    // Assignment by tag: NetBox's SlugRelatedField — slugs in, slugs out.
    tags: {
      ...field.many(() => Tag, { table: 'extras_configcontext_tags', from: 'configcontext_id', to: 'tag_id' }),
      render: (list: unknown) => (list as { slug: string }[]).map((t) => t.slug),
      schema: { type: 'array', items: { type: 'string' } },
    },
    ...syncedDataFields(),
    data: field.json({ required: true, nullable: false }),
  };

  /** NetBox's ConfigContext.clean(): the data must be a JSON object. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, _ctx: HookContext): Promise<void> {
    const data = typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      throw ValidationError.field('data', 'JSON data must be in object form. Example: {"foo": 123}');
  }
}
