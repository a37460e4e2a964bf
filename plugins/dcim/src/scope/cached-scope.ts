/**
 * NetBox 4.2's CachedScopeMixin, for any plugin's model: a generic `scope` (`scope_type` +
 * `scope_id`) pointing at a region, site group, site or location (and, where a model allows it, a
 * rack), plus cached `_region_id`, `_site_group_id`, `_site_id` and `_location_id` columns derived
 * from it, so that "every prefix in region X" is an indexed column filter instead of a walk through
 * the scope.
 *
 * The cached columns are computed in SQL from the scope (one UPDATE, never row by row in JS), when
 * the scoped object is saved (`syncScope`, from the model's afterSave) and when a site changes
 * region/group or a location changes site (`registerScopeSync`, run by dcim's setup for every
 * registered model that has these fields). As in NetBox, deleting the site or location a row is
 * cached under deletes the row (CASCADE); deleting a region or site group only clears the cache
 * (SET NULL), except for rows scoped to that region/group itself, which are deleted with it (NetBox's
 * GenericRelation).
 *
 * Used by ipam (prefixes, VLAN groups) and virtualization (clusters).
 */
import { field, fieldsOf, type FieldMap, type FilterDef, type Knex, type ModelClass, type PluginContext, relation } from '@patchbay/core';
import { Region } from '../models/region.js';
import { SiteGroup } from '../models/site-group.js';
import { Site } from '../models/site.js';
import { Location } from '../models/location.js';

/** The scope types of CachedScopeMixin in NetBox 4.2 (prefixes, clusters). */
export const SCOPE_TYPES: readonly string[] = ['dcim.region', 'dcim.sitegroup', 'dcim.site', 'dcim.location'];

/**
 * The model fields: `scope_type`, `scope_id`, the rendered `scope`, and the cached relations (not
 * meant for serializers; declared so deletes cascade through them with change records). `types`
 * restricts or widens the allowed scope types (e.g. VLAN groups also take `dcim.rack`).
 */
export function scopeFields(opts: { types?: readonly string[] } = {}): FieldMap {
  const types = opts.types ?? SCOPE_TYPES;
  const allowedTypes = () => [...types];
  return {
    scope_type: field.genericType({ nullable: true, default: null, allowedTypes }),
    scope_id: field.genericId({ nullable: true, default: null }),
    scope: field.generic('scope_type', 'scope_id', { allowedTypes }),
    _region: field.related(() => Region, { nullable: true, readOnly: true, onDelete: 'set_null' }),
    _site_group: field.related(() => SiteGroup, { nullable: true, readOnly: true, onDelete: 'set_null' }),
    _site: field.related(() => Site, { nullable: true, readOnly: true, onDelete: 'cascade' }),
    _location: field.related(() => Location, { nullable: true, readOnly: true, onDelete: 'cascade' }),
  };
}

/** Migration: the scope columns, their foreign keys and the indexes the scope filters use. */
export function addScopeColumns(t: Knex.CreateTableBuilder): void {
  t.string('scope_type', 100).nullable();
  t.bigInteger('scope_id').nullable();
  t.integer('_region_id').nullable().references('id').inTable('dcim_region').onDelete('SET NULL');
  t.integer('_site_group_id').nullable().references('id').inTable('dcim_sitegroup').onDelete('SET NULL');
  t.integer('_site_id').nullable().references('id').inTable('dcim_site').onDelete('CASCADE');
  t.integer('_location_id').nullable().references('id').inTable('dcim_location').onDelete('CASCADE');
  t.index(['scope_type', 'scope_id']);
  t.index(['_region_id']);
  t.index(['_site_group_id']);
  t.index(['_site_id']);
  t.index(['_location_id']);
}

/** The site a scope sits in (a site itself, a location's or a rack's site), as SQL over the row's columns. */
const SCOPE_SITE = `CASE scope_type
  WHEN 'dcim.site' THEN scope_id
  WHEN 'dcim.location' THEN (SELECT l.site_id FROM dcim_location l WHERE l.id = scope_id)
  WHEN 'dcim.rack' THEN (SELECT r.site_id FROM dcim_rack r WHERE r.id = scope_id)
END`;

const SCOPE_LOCATION = `CASE scope_type
  WHEN 'dcim.location' THEN scope_id
  WHEN 'dcim.rack' THEN (SELECT r.location_id FROM dcim_rack r WHERE r.id = scope_id)
END`;

/**
 * Recomputes the cached columns of the rows of `table` that `where` selects, in one UPDATE:
 * `{ id }` after a save, `{ site }` / `{ location }` when a site or location changed.
 */
export async function refreshScope(db: Knex, table: string, where: { id?: number | number[]; site?: number; location?: number }): Promise<void> {
  const q = db(table).update({
    _location_id: db.raw(SCOPE_LOCATION),
    _site_id: db.raw(SCOPE_SITE),
    _site_group_id: db.raw(`CASE WHEN scope_type = 'dcim.sitegroup' THEN scope_id
      ELSE (SELECT s.group_id FROM dcim_site s WHERE s.id = ${SCOPE_SITE}) END`),
    _region_id: db.raw(`CASE WHEN scope_type = 'dcim.region' THEN scope_id
      ELSE (SELECT s.region_id FROM dcim_site s WHERE s.id = ${SCOPE_SITE}) END`),
  });
  if (where.id !== undefined) q.whereIn('id', Array.isArray(where.id) ? where.id : [where.id]);
  if (where.site !== undefined) q.where('_site_id', where.site);
  if (where.location !== undefined) q.where('_location_id', where.location);
  await q;
}

/** For a scoped model's afterSave: refreshes the row's cache when its scope changed (or on create). */
export async function syncScope(trx: Knex, model: ModelClass, row: Record<string, unknown>, prev: Record<string, unknown> | null): Promise<void> {
  if (prev && prev.scope_type === row.scope_type && Number(prev.scope_id) === Number(row.scope_id) && row.scope_id != null) return;
  if (prev && prev.scope_type == null && row.scope_type == null) return;
  await refreshScope(trx, model.tableName, { id: Number(row.id) });
}

/** True for models declared with scopeFields(). */
export function isScopedModel(model: ModelClass): boolean {
  const fields = fieldsOf(model);
  return Boolean(fields.scope_type && fields._site && fields._location);
}

/**
 * The filters NetBox derives from the cache: `scope_type`, `scope_id`, and region / site group
 * (subtree-aware) / site / location (subtree-aware), by id or slug.
 */
export function scopeFilters(): Record<string, FilterDef> {
  return {
    region: relation(() => Region, { column: '_region_id', tree: true }),
    site_group: relation(() => SiteGroup, { column: '_site_group_id', tree: true }),
    site: relation(() => Site, { column: '_site_id' }),
    location: relation(() => Location, { column: '_location_id', tree: true }),
  };
}

/**
 * Keeps every scoped model's cache right when the dcim objects above it change (NetBox's
 * sync_cached_scope_fields): a site moving region or group, a location moving site; and deletes
 * rows scoped directly to a deleted region or site group. Run by dcim's setup.
 */
export function registerScopeSync(ctx: PluginContext): void {
  const scoped = () => [...ctx.registry.models.values()].filter(isScopedModel);
  ctx.signals.on('post_save', async ({ row, prev, trx }) => {
    if (!prev || (prev.region_id === row.region_id && prev.group_id === row.group_id)) return;
    for (const model of scoped()) await refreshScope(trx, model.tableName, { site: Number(row.id) });
  }, { model: 'dcim.site' });
  ctx.signals.on('post_save', async ({ row, prev, trx }) => {
    if (!prev || prev.site_id === row.site_id) return;
    // The moved location's descendants moved with it: refresh everything cached under the old site.
    for (const model of scoped()) await refreshScope(trx, model.tableName, { site: Number(prev.site_id) });
  }, { model: 'dcim.location' });
  for (const label of ['dcim.region', 'dcim.sitegroup']) {
    ctx.signals.on('pre_delete', async ({ row, trx }) => {
      for (const model of scoped()) await trx(model.tableName).where({ scope_type: label, scope_id: row.id }).delete();
    }, { model: label });
  }
}
