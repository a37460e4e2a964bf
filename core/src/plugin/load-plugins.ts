/**
 * The register phase: checks the plugin graph (missing dependencies, cycles, core version,
 * required settings), orders plugins so dependencies come first, fills the registry, and
 * freezes it. Synchronous and free of I/O, so every boot error surfaces before the database is touched.
 */
import semver from 'semver';
import { PluginError } from '../errors.js';
import { Registry, type InstalledPlugin } from '../registry/registry.js';
import { extendSerializer, type Serializer } from '../serializers/define-serializer.js';
import { extendFilterSet, type FilterSet } from '../filters/define-filter-set.js';
import type { PluginDefinition } from './define-plugin.js';
import { PATCHBAY_VERSION } from '../version.js';
import { CORE_EVENT_TYPES } from '../events/define-event-type.js';

/** App names NetBox serves at `/api/<app>/`; any other plugin mounts under `/api/plugins/`. */
export const BUILTIN_APPS = new Set(['circuits', 'core', 'dcim', 'extras', 'ipam', 'tenancy', 'users', 'virtualization', 'vpn', 'wireless']);

/** Orders plugins so every plugin follows the ones it depends on; throws on a missing one or a cycle. */
export function orderPlugins(plugins: readonly PluginDefinition[]): PluginDefinition[] {
  const byName = new Map<string, PluginDefinition>();
  for (const p of plugins) {
    if (byName.has(p.name)) throw new PluginError('PB_PLUGIN_DUPLICATE', `Plugin "${p.name}" is enabled twice.`);
    byName.set(p.name, p);
  }
  for (const p of plugins)
    for (const dep of p.dependsOn ?? [])
      if (!byName.has(dep))
        throw new PluginError('PB_PLUGIN_DEPENDENCY_MISSING', `Plugin "${p.name}" depends on "${dep}", which is not enabled.`);

  const ordered: PluginDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: PluginDefinition, trail: string[]) => {
    const s = state.get(p.name);
    if (s === 'done') return;
    if (s === 'visiting')
      throw new PluginError('PB_PLUGIN_DEPENDENCY_CYCLE', `Plugin dependency cycle: ${[...trail, p.name].join(' → ')}.`);
    state.set(p.name, 'visiting');
    for (const dep of p.dependsOn ?? []) visit(byName.get(dep)!, [...trail, p.name]);
    state.set(p.name, 'done');
    ordered.push(p);
  };
  for (const p of plugins) visit(p, []);
  return ordered;
}

/** Merges defaults under the operator's settings and checks required keys (a default does not satisfy one). */
export function pluginSettings(p: PluginDefinition, given: Record<string, unknown> | undefined): Record<string, unknown> {
  const operator = given ?? {};
  for (const key of p.settings?.required ?? [])
    if (!(key in operator))
      throw new PluginError('PB_PLUGIN_SETTING_MISSING', `Plugin "${p.name}" requires the setting pluginsConfig.${p.name}.${key}.`);
  return Object.freeze({ ...(p.settings?.defaults ?? {}), ...operator });
}

export interface RegisterOptions {
  pluginsConfig?: Record<string, Record<string, unknown>>;
  coreVersion?: string;
}

/** Runs the register phase and returns the frozen registry and the plugins in boot order. */
export function registerPlugins(plugins: readonly PluginDefinition[], opts: RegisterOptions = {}): { registry: Registry; ordered: PluginDefinition[] } {
  const coreVersion = opts.coreVersion ?? PATCHBAY_VERSION;
  const ordered = orderPlugins(plugins);
  const registry = new Registry();
  for (const e of CORE_EVENT_TYPES) registry.eventTypes.register(e.name, e, 'core');

  for (const p of ordered) {
    if (!semver.satisfies(coreVersion, p.compatibility, { includePrerelease: true }))
      throw new PluginError('PB_PLUGIN_INCOMPATIBLE', `Plugin "${p.name}" ${p.version} needs core ${p.compatibility}; this is ${coreVersion}.`);
    const mount = p.mount ?? p.name;
    const builtin = BUILTIN_APPS.has(mount);
    const installed: InstalledPlugin = Object.freeze({
      definition: p,
      settings: pluginSettings(p, opts.pluginsConfig?.[p.name]),
      apiPrefix: builtin ? mount : `plugins/${mount}`,
      builtin,
    });
    registry.plugins.register(p.name, installed);
    registerDeclarations(registry, p, installed);
  }
  applyExtensions(registry, ordered);
  registry.freeze();
  return { registry, ordered };
}

function registerDeclarations(registry: Registry, p: PluginDefinition, installed: InstalledPlugin): void {
  const prefix = installed.apiPrefix;
  // Several plugins may share an app (core's object types and the extras plugin both serve /api/extras/).
  const addApp = (app: string) => {
    if (!registry.apps.has(app)) registry.apps.register(app, { prefix: app, plugin: p.name }, p.name);
  };
  if ((p.resources ?? []).some((r) => !r.app) || (p.routes?.length ?? 0) > 0) addApp(prefix);
  for (const m of p.models ?? []) registry.models.register(m.label, m, p.name);
  for (const fs of p.filterSets ?? []) registry.filterSets.register(fs.model.label, fs, p.name);
  for (const r of p.resources ?? []) {
    if (!registry.models.has(r.model.label))
      throw new PluginError('PB_PLUGIN_INVALID', `Plugin "${p.name}": endpoint "${r.slug}" serves ${r.model.label}, which no plugin registers.`);
    if (!registry.serializers.has(r.model.label)) registry.serializers.register(r.model.label, r.serializer, p.name);
    if (!registry.filterSets.has(r.model.label)) registry.filterSets.register(r.model.label, r.filterSet, p.name);
    if (r.app && !BUILTIN_APPS.has(r.app))
      throw new PluginError('PB_PLUGIN_INVALID', `Plugin "${p.name}": endpoint "${r.slug}" names app "${r.app}", which is not a built-in app.`);
    if (r.app) addApp(r.app);
    registry.addResource(Object.freeze({ ...r, plugin: p.name, prefix: r.app ?? prefix }));
  }
  for (const route of p.routes ?? []) {
    if (route.app && !BUILTIN_APPS.has(route.app))
      throw new PluginError('PB_PLUGIN_INVALID', `Plugin "${p.name}": route "${route.path}" names app "${route.app}", which is not a built-in app.`);
    const routePrefix = route.app ?? prefix;
    registry.routes.register(`${route.method} ${routePrefix}${route.path}`, Object.freeze({ ...route, plugin: p.name, prefix: routePrefix }), p.name);
  }
  for (const s of p.searchIndexes ?? []) registry.searchIndexes.register(s.model.label, s, p.name);
  for (const e of p.eventTypes ?? []) registry.eventTypes.register(e.name, e, p.name);
  for (const w of p.widgets ?? []) registry.widgets.register(w.name, w, p.name);
  for (const c of p.choices ?? []) registry.choices.register(c.key, c, p.name);
  for (const j of p.jobs ?? []) registry.jobs.register(j.name, j, p.name);
  for (const fp of p.extends?.fieldProviders ?? []) registry.fieldProviders.register(fp.kind, fp, p.name);
  for (const fp of p.extends?.filterProviders ?? []) registry.filterProviders.register(fp.name, fp, p.name);
  for (const lp of p.extends?.listParameters ?? []) registry.listParameters.register(lp.name, lp, p.name);
}

/**
 * Applies serializer and filter contributions. Resources hold their serializer and filter set, so
 * extended versions replace them in the resource too; this happens once, before the freeze.
 */
function applyExtensions(registry: Registry, ordered: PluginDefinition[]): void {
  const serializerAdds = new Map<string, Parameters<typeof extendSerializer>[1]>();
  const filterAdds = new Map<string, FilterSet['filters'][]>();
  for (const p of ordered) {
    for (const f of p.extends?.serializerFields ?? []) {
      if (!registry.serializers.has(f.model))
        throw new PluginError('PB_PLUGIN_EXTENSION_INVALID', `Plugin "${p.name}" extends the serializer of unknown model ${f.model}.`);
      serializerAdds.set(f.model, [...(serializerAdds.get(f.model) ?? []), f]);
    }
    for (const f of p.extends?.filters ?? []) {
      if (!registry.filterSets.has(f.model))
        throw new PluginError('PB_PLUGIN_EXTENSION_INVALID', `Plugin "${p.name}" extends the filter set of unknown model ${f.model}.`);
      filterAdds.set(f.model, [...(filterAdds.get(f.model) ?? []), f.filters]);
    }
  }
  const providerFilters = registry.filterProviders.values();
  const serializers = new Map<string, Serializer>();
  const filterSets = new Map<string, FilterSet>();
  for (const [label, base] of registry.serializers.entries()) {
    const adds = serializerAdds.get(label);
    if (adds) serializers.set(label, extendSerializer(base, adds));
  }
  for (const [label, base] of registry.filterSets.entries()) {
    let fs = base;
    for (const extra of filterAdds.get(label) ?? []) fs = extendFilterSet(fs, extra);
    for (const provider of providerFilters) {
      const extra = provider.filtersFor(base.model);
      if (Object.keys(extra).length) fs = extendFilterSet(fs, extra);
    }
    if (fs !== base) filterSets.set(label, fs);
  }
  registry.replaceExtended(serializers, filterSets);
}
