/** defineResource: one REST endpoint (list + detail views) for a model. */
import type { Knex } from 'knex';
import { PluginError } from '../errors.js';
import type { ModelClass } from '../models/base-model.js';
import type { Serializer } from '../serializers/define-serializer.js';
import type { FilterSet } from '../filters/define-filter-set.js';

export interface ResourceOptions {
  /** URL segment, kebab-case plural (`access-lists`). */
  slug: string;
  model: ModelClass;
  serializer: Serializer;
  filterSet: FilterSet;
  /** Only GET/OPTIONS (e.g. the change log). */
  readOnly?: boolean;
  /** Adjusts the base query of every read (joins, extra selects). */
  queryShape?: (qb: Knex.QueryBuilder) => void;
}

export interface Resource extends Readonly<ResourceOptions> {
  /** The owning plugin's name and API path prefix (`dcim` or `plugins/acl`), set at registration. */
  readonly plugin: string;
  readonly prefix: string;
}

export type ResourceDefinition = Readonly<ResourceOptions>;

export function defineResource(opts: ResourceOptions): ResourceDefinition {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(opts.slug))
    throw new PluginError('PB_RESOURCE_INVALID', `Endpoint slug "${opts.slug}" must be kebab-case.`);
  if (opts.serializer.model !== opts.model || opts.filterSet.model !== opts.model)
    throw new PluginError('PB_RESOURCE_INVALID', `Endpoint "${opts.slug}": serializer and filter set must be for ${opts.model.label}.`);
  return Object.freeze({ ...opts });
}
