/**
 * The registry: closed stores filled by plugins during the register phase and frozen before
 * anything serves (NetBox's `registry`). Plugins read it; only loadPlugins writes it.
 */
import { Store } from './store.js';
import type { ModelClass } from '../models/base-model.js';
import type { Serializer } from '../serializers/define-serializer.js';
import type { FilterSet } from '../filters/define-filter-set.js';
import type { Resource } from '../api/resource.js';
import type { RouteDefinition } from '../api/define-route.js';
import type { SearchIndex } from '../search/define-search-index.js';
import type { EventType } from '../events/define-event-type.js';
import type { Widget } from '../widgets/define-widget.js';
import type { ChoiceSet } from '../choices.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import type { JobDefinition } from '../jobs/define-job.js';
import {
  defaultCustomFieldsProvider,
  defaultTagsProvider,
  type FieldProvider,
  type FilterProvider,
  type ListParameter,
} from '../plugin/extension-points.js';

/** A plugin as installed: its definition, merged settings and API prefix. */
export interface InstalledPlugin {
  readonly definition: PluginDefinition;
  readonly settings: Readonly<Record<string, unknown>>;
  /** `dcim` for built-in apps, `plugins/<mount>` for third parties. */
  readonly apiPrefix: string;
  readonly builtin: boolean;
}

export interface PluginRoute extends RouteDefinition {
  readonly plugin: string;
  readonly prefix: string;
}

export class Registry {
  readonly plugins = new Store<InstalledPlugin>('plugin', 'PB_PLUGIN_DUPLICATE');
  readonly models = new Store<ModelClass>('model', 'PB_REGISTRY_DUPLICATE_MODEL');
  readonly serializers = new Store<Serializer>('serializer', 'PB_REGISTRY_DUPLICATE_SERIALIZER');
  readonly filterSets = new Store<FilterSet>('filter set', 'PB_REGISTRY_DUPLICATE_FILTERSET');
  /** Keyed `<prefix>/<slug>`. */
  readonly resources = new Store<Resource>('endpoint', 'PB_REGISTRY_DUPLICATE_ENDPOINT');
  /** Keyed `<METHOD> <prefix><path>`. */
  readonly routes = new Store<PluginRoute>('route', 'PB_REGISTRY_DUPLICATE_ROUTE');
  readonly searchIndexes = new Store<SearchIndex>('search index', 'PB_REGISTRY_DUPLICATE_SEARCH_INDEX');
  readonly eventTypes = new Store<EventType>('event type', 'PB_REGISTRY_DUPLICATE_EVENT_TYPE');
  readonly widgets = new Store<Widget>('widget', 'PB_REGISTRY_DUPLICATE_WIDGET');
  readonly choices = new Store<ChoiceSet>('choice set', 'PB_REGISTRY_DUPLICATE_CHOICES');
  /** Background job handlers by job name (see jobs/). */
  readonly jobs = new Store<JobDefinition>('job', 'PB_REGISTRY_DUPLICATE_JOB');
  readonly fieldProviders = new Store<FieldProvider>('field provider', 'PB_REGISTRY_DUPLICATE_PROVIDER');
  readonly filterProviders = new Store<FilterProvider>('filter provider', 'PB_REGISTRY_DUPLICATE_PROVIDER');
  /** List parameters plugins handle (`?export=`, `?filter=`), by contribution name. */
  readonly listParameters = new Store<ListParameter>('list parameter', 'PB_REGISTRY_DUPLICATE_LIST_PARAMETER');
  /** Apps (API prefixes) in registration order, for the API root. */
  readonly apps = new Store<{ prefix: string; plugin: string }>('app', 'PB_REGISTRY_DUPLICATE_MOUNT');

  private readonly byModel = new Map<string, Resource>();

  /** The endpoint that serves a model, if any. */
  resourceFor(label: string): Resource | undefined {
    return this.byModel.get(label);
  }

  /** Registers an endpoint and indexes it by model (the first endpoint of a model is its canonical URL). */
  addResource(resource: Resource): void {
    this.resources.register(`${resource.prefix}/${resource.slug}`, resource, resource.plugin);
    if (!this.byModel.has(resource.model.label)) this.byModel.set(resource.model.label, resource);
  }

  fieldProvider(kind: 'tags' | 'custom_fields'): FieldProvider {
    return this.fieldProviders.get(kind) ?? (kind === 'tags' ? defaultTagsProvider : defaultCustomFieldsProvider);
  }

  /** The serializer of a model (every registered model with an endpoint has one). */
  serializerFor(label: string): Serializer {
    return this.serializers.require(label);
  }

  /** Swaps in extended serializers / filter sets (register phase only, see load-plugins.ts). */
  replaceExtended(serializers: Map<string, Serializer>, filterSets: Map<string, FilterSet>): void {
    for (const [label, s] of serializers) this.serializers.replace(label, s);
    for (const [label, f] of filterSets) this.filterSets.replace(label, f);
    for (const [key, r] of this.resources.entries()) {
      const s = serializers.get(r.model.label);
      const f = filterSets.get(r.model.label);
      if (!s && !f) continue;
      const next = Object.freeze({ ...r, serializer: s ?? r.serializer, filterSet: f ?? r.filterSet });
      this.resources.replace(key, next);
      if (this.byModel.get(r.model.label) === r) this.byModel.set(r.model.label, next);
    }
  }

  freeze(): void {
    for (const store of Object.values(this) as unknown[]) if (store instanceof Store) store.freeze();
  }
}
