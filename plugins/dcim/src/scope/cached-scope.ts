/**
 * NetBox 4.2's CachedScopeMixin, for any plugin's model: a generic relation (`scope_type` +
 * `scope_id` by default) pointing at a region, site group, site or location (and, where a model
 * allows it, a rack), plus cached `_region_id`, `_site_group_id`, `_site_id` and `_location_id`
 * columns derived from it, so that "every prefix in region X" is an indexed column filter instead
 * of a walk through the scope.
 *
 * Circuit terminations (NetBox's CircuitTermination.cache_related_objects) are the same thing under
 * another name: `termination_type` / `termination_id`, a target outside dcim cached as-is
 * (`_provider_network_id`), and region / site group caches that CASCADE. They use this helper with
 * options (`ScopeOptions`) so there is ONE mechanism keeping every cache right.
 *
 * The cached columns are computed in SQL from the scope (one UPDATE, never row by row in JS), when
 * the scoped object is saved (`syncScope`, from the model's afterSave) and when a site changes
 * region/group or a location changes site (`registerScopeSync`, run by dcim's setup for every
 * registered model declared with `scopeFields`). As in NetBox, deleting the site or location a row
 * is cached under deletes the row (CASCADE); deleting a region or site group only clears the cache
 * (SET NULL), except for rows scoped to that region/group itself, which are deleted with it (NetBox's
 * GenericRelation) — unless the model cascades on them anyway (`regionOnDelete: 'cascade'`).
 *
 * Used by ipam (prefixes), virtualization (clusters) and circuits (terminations).
 */
import { field, fieldsOf, type FieldMap, type FieldSpec, type FilterDef, type Knex, type ModelClass, type PluginContext, relation } from '@patchbay/core';
import { Region } from '../models/region.js';
import { SiteGroup } from '../models/site-group.js';
import { Site } from '../models/site.js';
import { Location } from '../models/location.js';

/** The scope types of CachedScopeMixin in NetBox 4.2 (prefixes, clusters). */
export const SCOPE_TYPES: readonly string[] = ['dcim.region', 'dcim.sitegroup', 'dcim.site', 'dcim.location'];

/** How a model points at its scope; every option defaults to CachedScopeMixin's. */
export interface ScopeOptions {
  /** The generic relation's name; its columns are `<name>_type` / `<name>_id` (default `scope`). */
  name?: string;
  /** The allowed scope types (default SCOPE_TYPES, plus the `direct` ones). */
  types?: readonly string[];
  /**
   * Scope types outside dcim whose object is cached as-is: type → cache column (a circuit
   * termination's provider network → `_provider_network_id`). The model declares that column's
   * field itself (dcim cannot know the target model).
   */
  direct?: Readonly<Record<string, string>>;
  /** NetBox's on_delete for `_region` / `_site_group`: SET_NULL in CachedScopeMixin, CASCADE on circuit terminations. */
  regionOnDelete?: 'set_null' | 'cascade';
}

/** The resolved options of one scoped model. */
interface ScopeConfig {
  typeColumn: string;
  idColumn: string;
  direct: Readonly<Record<string, string>>;
  regionOnDelete: 'set_null' | 'cascade';
}

function resolve(opts: ScopeOptions): ScopeConfig {
  const name = opts.name ?? 'scope';
  return { typeColumn: `${name}_type`, idColumn: `${name}_id`, direct: opts.direct ?? {}, regionOnDelete: opts.regionOnDelete ?? 'set_null' };
}

/** scopeFields() marks its generic field with the model's options, so `scopeOf` finds them from the fields alone. */
const configs = new WeakMap<FieldSpec, ScopeConfig>();

/**
 * The model fields: `<name>_type`, `<name>_id`, the rendered `<name>`, and the cached relations
 * (not meant for serializers; declared so deletes cascade through them with change records).
 * `types` restricts or widens the allowed scope types (e.g. VLAN groups also take `dcim.rack`).
 */
export function scopeFields(opts: ScopeOptions = {}): FieldMap {
  const cfg = resolve(opts);
  const types = opts.types ?? [...SCOPE_TYPES, ...Object.keys(cfg.direct)];
  const allowedTypes = () => [...types];
  const generic = field.generic(cfg.typeColumn, cfg.idColumn, { allowedTypes });
  configs.set(generic, cfg);
  const name = cfg.typeColumn.slice(0, -'_type'.length);
  return {
    [cfg.typeColumn]: field.genericType({ nullable: true, default: null, allowedTypes }),
    [cfg.idColumn]: field.genericId({ nullable: true, default: null }),
    [name]: generic,
    _region: field.related(() => Region, { nullable: true, readOnly: true, onDelete: cfg.regionOnDelete }),
    _site_group: field.related(() => SiteGroup, { nullable: true, readOnly: true, onDelete: cfg.regionOnDelete }),
    _site: field.related(() => Site, { nullable: true, readOnly: true, onDelete: 'cascade' }),
    _location: field.related(() => Location, { nullable: true, readOnly: true, onDelete: 'cascade' }),
  };
}

/** Migration: the scope columns, their foreign keys and the indexes the scope filters use. */
export function addScopeColumns(t: Knex.CreateTableBuilder, opts: Pick<ScopeOptions, 'name' | 'regionOnDelete'> = {}): void {
  const cfg = resolve(opts);
  const regionRule = cfg.regionOnDelete === 'cascade' ? 'CASCADE' : 'SET NULL';
  t.string(cfg.typeColumn, 100).nullable();
  t.bigInteger(cfg.idColumn).nullable();
  t.integer('_region_id').nullable().references('id').inTable('dcim_region').onDelete(regionRule);
  t.integer('_site_group_id').nullable().references('id').inTable('dcim_sitegroup').onDelete(regionRule);
  t.integer('_site_id').nullable().references('id').inTable('dcim_site').onDelete('CASCADE');
  t.integer('_location_id').nullable().references('id').inTable('dcim_location').onDelete('CASCADE');
  t.index([cfg.typeColumn, cfg.idColumn]);
  t.index(['_region_id']);
  t.index(['_site_group_id']);
  t.index(['_site_id']);
  t.index(['_location_id']);
}

/** scopeOf's answers: every site or location save asks it of every registered model. */
const scopeCache = new WeakMap<ModelClass, ScopeConfig | undefined>();

/** The options of a model declared with scopeFields(), or undefined. */
export function scopeOf(model: ModelClass): ScopeConfig | undefined {
  if (!scopeCache.has(model)) scopeCache.set(model, Object.values(fieldsOf(model)).map((spec) => configs.get(spec)).find(Boolean));
  return scopeCache.get(model);
}

/** True for models declared with scopeFields(). */
export function isScopedModel(model: ModelClass): boolean {
  return scopeOf(model) !== undefined;
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The SET clause of the refresh: each cached column as SQL over the row's own type/id columns. */
function cacheExpressions(table: string, cfg: ScopeConfig): Record<string, string> {
  // Qualified with the table, so a subquery's own columns can never shadow the row's.
  const type = `"${table}"."${cfg.typeColumn}"`;
  const id = `"${table}"."${cfg.idColumn}"`;
  const site = `CASE ${type}
    WHEN 'dcim.site' THEN ${id}
    WHEN 'dcim.location' THEN (SELECT l.site_id FROM dcim_location l WHERE l.id = ${id})
    WHEN 'dcim.rack' THEN (SELECT r.site_id FROM dcim_rack r WHERE r.id = ${id})
  END`;
  const out: Record<string, string> = {
    _location_id: `CASE ${type}
      WHEN 'dcim.location' THEN ${id}
      WHEN 'dcim.rack' THEN (SELECT r.location_id FROM dcim_rack r WHERE r.id = ${id})
    END`,
    _site_id: site,
    _site_group_id: `CASE WHEN ${type} = 'dcim.sitegroup' THEN ${id}
      ELSE (SELECT s.group_id FROM dcim_site s WHERE s.id = ${site}) END`,
    _region_id: `CASE WHEN ${type} = 'dcim.region' THEN ${id}
      ELSE (SELECT s.region_id FROM dcim_site s WHERE s.id = ${site}) END`,
  };
  for (const [target, column] of Object.entries(cfg.direct)) out[column] = `CASE WHEN ${type} = ${literal(target)} THEN ${id} END`;
  return out;
}

/**
 * Recomputes the cached columns of the rows of a scoped model that `where` selects, in one UPDATE:
 * `{ id }` after a save, `{ site }` / `{ location }` when a site or location changed.
 */
export async function refreshScope(db: Knex, model: ModelClass, where: { id?: number | number[]; site?: number; location?: number }): Promise<void> {
  const cfg = scopeOf(model);
  if (!cfg) throw new Error(`${model.label} is not declared with scopeFields()`);
  const table = model.tableName;
  const set = Object.fromEntries(Object.entries(cacheExpressions(table, cfg)).map(([column, sql]) => [column, db.raw(sql)]));
  const q = db(table).update(set);
  if (where.id !== undefined) q.whereIn('id', Array.isArray(where.id) ? where.id : [where.id]);
  if (where.site !== undefined) q.where('_site_id', where.site);
  if (where.location !== undefined) q.where('_location_id', where.location);
  await q;
}

/** For a scoped model's afterSave: refreshes the row's cache when its scope changed (or on create). */
export async function syncScope(trx: Knex, model: ModelClass, row: Record<string, unknown>, prev: Record<string, unknown> | null): Promise<void> {
  const cfg = scopeOf(model);
  if (!cfg) throw new Error(`${model.label} is not declared with scopeFields()`);
  const type = row[cfg.typeColumn] ?? null;
  const id = row[cfg.idColumn] == null ? null : Number(row[cfg.idColumn]);
  // A new unscoped row has nothing to cache (the columns default to null).
  if (!prev && type === null) return;
  if (prev && (prev[cfg.typeColumn] ?? null) === type && (prev[cfg.idColumn] == null ? null : Number(prev[cfg.idColumn])) === id) return;
  await refreshScope(trx, model, { id: Number(row.id) });
}

/**
 * The filters NetBox derives from the cache: region / site group (subtree-aware) / site / location
 * (subtree-aware), by id or slug. (`<name>_type` / `<name>_id` are the model's own text/number filters.)
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
  const scoped = () => [...ctx.registry.models.values()].flatMap((model) => {
    const cfg = scopeOf(model);
    return cfg ? [{ model, cfg }] : [];
  });
  ctx.signals.on('post_save', async ({ row, prev, trx }) => {
    if (!prev || (prev.region_id === row.region_id && prev.group_id === row.group_id)) return;
    for (const { model } of scoped()) await refreshScope(trx, model, { site: Number(row.id) });
  }, { model: 'dcim.site' });
  ctx.signals.on('post_save', async ({ row, prev, trx }) => {
    if (!prev || prev.site_id === row.site_id) return;
    // The moved location's descendants moved with it (Location.afterSave, in SQL, before this
    // signal): refresh everything cached under the old site, so a child location's rows follow too.
    for (const { model } of scoped()) await refreshScope(trx, model, { site: Number(prev.site_id) });
  }, { model: 'dcim.location' });
  for (const label of ['dcim.region', 'dcim.sitegroup']) {
    ctx.signals.on('pre_delete', async ({ row, trx }) => {
      // Models that cascade on the region / group lose these rows (with change records) through the FK.
      for (const { model, cfg } of scoped())
        if (cfg.regionOnDelete === 'set_null')
          await trx(model.tableName).where({ [cfg.typeColumn]: label, [cfg.idColumn]: row.id }).delete();
    }, { model: label });
  }
}
