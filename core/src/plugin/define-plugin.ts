/**
 * definePlugin: the single declaration site of a plugin (DESIGN §3). Returns checked, frozen
 * data; nothing is registered until loadPlugins runs the register phase.
 */
import type { Knex } from 'knex';
import type { Resolver } from 'awilix';
import semver from 'semver';
import type Router from '@koa/router';
import { PluginError } from '../errors.js';
import type { ModelClass } from '../models/base-model.js';
import type { FieldSpec } from '../models/fields.js';
import type { ChoiceSet } from '../choices.js';
import type { ResourceDefinition } from '../api/resource.js';
import type { FilterDef, FilterSet } from '../filters/define-filter-set.js';
import type { SearchIndex } from '../search/define-search-index.js';
import type { EventType } from '../events/define-event-type.js';
import type { Widget } from '../widgets/define-widget.js';
import type { FieldProvider, FilterProvider, ListParameter } from './extension-points.js';
import type { PluginContext } from './plugin-context.js';
import type { RouteDefinition } from '../api/define-route.js';
import type { JobDefinition } from '../jobs/define-job.js';

export interface Migration {
  up(knex: Knex): Promise<void>;
  down?(knex: Knex): Promise<void>;
}

/** Contributions to other plugins' declared extension points. */
export interface PluginExtensions {
  /** Add a field to another model's serializer (the plugin's migration adds the column). */
  /** `after`: the field to follow, or candidates in order (the first one present wins). */
  /** `replace`: swap the spec of a field the serializer already lists (a placeholder), keeping its position. */
  serializerFields?: { model: string; name: string; spec: FieldSpec; after?: string | readonly string[]; brief?: boolean; replace?: boolean }[];
  /** Add filters to another model's filter set. */
  filters?: { model: string; filters: Record<string, FilterDef> }[];
  /** Replace core's tags / custom fields behaviour. */
  fieldProviders?: FieldProvider[];
  /** Filters added to many models at once (tag, cf_*). */
  filterProviders?: FilterProvider[];
  /** Query parameters of every list endpoint handled by the plugin (`?export=`, `?filter=`). */
  listParameters?: ListParameter[];
}

export interface PluginOptions {
  name: string;
  version: string;
  description?: string;
  author?: string;
  /** semver range of @patchbay/core this plugin works with. */
  compatibility: string;
  dependsOn?: readonly string[];
  /** URL segment; built-in apps mount at `/api/<mount>/`, others at `/api/plugins/<mount>/`. Default: name. */
  mount?: string;
  settings?: { defaults?: Record<string, unknown>; required?: string[] };
  models?: ModelClass[];
  resources?: ResourceDefinition[];
  routes?: RouteDefinition[];
  filterSets?: FilterSet[];
  searchIndexes?: SearchIndex[];
  eventTypes?: EventType[];
  widgets?: Widget[];
  choices?: ChoiceSet[];
  /** Background job handlers (defineJob), run by `patchbay worker` for jobs enqueued under their name. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  jobs?: JobDefinition<any>[];
  /** Migrations by name, applied in name order after the plugins this one depends on. */
  migrations?: Record<string, Migration>;
  /** awilix resolvers added to the root container; keys must be unique across plugins. */
  services?: Record<string, Resolver<unknown>>;
  extends?: PluginExtensions;
  setup?: (ctx: PluginContext) => Promise<void> | void;
  teardown?: (ctx: PluginContext) => Promise<void> | void;
}

export type PluginDefinition = Readonly<PluginOptions> & { readonly __patchbayPlugin: true };

const NAME = /^[a-z][a-z0-9_-]*$/;

export function definePlugin(opts: PluginOptions): PluginDefinition {
  if (!opts || typeof opts !== 'object') throw new PluginError('PB_PLUGIN_INVALID', 'definePlugin expects an object.');
  if (!opts.name || !NAME.test(opts.name))
    throw new PluginError('PB_PLUGIN_INVALID', `Plugin name "${opts.name}" must be lowercase letters, digits, "-" or "_".`);
  if (!semver.valid(opts.version))
    throw new PluginError('PB_PLUGIN_INVALID', `Plugin ${opts.name}: version "${opts.version}" is not a semver version.`);
  if (!opts.compatibility || !semver.validRange(opts.compatibility))
    throw new PluginError('PB_PLUGIN_INVALID', `Plugin ${opts.name}: compatibility "${opts.compatibility}" is not a semver range.`);
  if (opts.mount !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.mount))
    throw new PluginError('PB_PLUGIN_INVALID', `Plugin ${opts.name}: mount "${opts.mount}" must be a URL segment.`);
  for (const model of opts.models ?? []) {
    if (!model.tableName || !model.label || !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(model.label))
      throw new PluginError('PB_PLUGIN_INVALID', `Plugin ${opts.name}: model ${model.name} needs tableName and an "app.model" label.`);
  }
  return Object.freeze({ ...opts, dependsOn: Object.freeze([...(opts.dependsOn ?? [])]), __patchbayPlugin: true as const });
}

export type { Router };
