/** defineResource: one REST endpoint (list + detail views) for a model. */
import type { Knex } from 'knex';
import { PluginError } from '../errors.js';
import type { ModelClass } from '../models/base-model.js';
import type { Serializer } from '../serializers/define-serializer.js';
import type { FilterSet } from '../filters/define-filter-set.js';
import type { RequestCradle } from '../container/cradle.js';
import type { ParsedWrite } from '../serializers/parse.js';

/** What a resource's write hooks see: the request, the write's transaction, the raw body and the stored row (null on create). */
export interface WriteHookArgs {
  c: RequestCradle;
  trx: Knex.Transaction;
  body: Record<string, unknown>;
  prev: Record<string, unknown> | null;
  /** PATCH (absent fields keep their value). */
  partial: boolean;
}

/**
 * Resource-specific write steps the generic parse cannot express (hashing a password, issuing a
 * token, labels written in place of ids). Both run inside the write's transaction, per object;
 * throwing ValidationError reports against that object, any other error aborts the write.
 */
export interface WriteHooks {
  /** Before the generic parse: returns the body to parse instead (e.g. with labels turned into ids). */
  prepare?(args: WriteHookArgs): Promise<Record<string, unknown>>;
  /**
   * After the parse, before validation and save: may change `parsed`, and may return fields that
   * are added to this object's response to this request only (e.g. a token's plaintext, shown once).
   */
  beforeSave?(args: WriteHookArgs & { parsed: ParsedWrite }): Promise<Record<string, unknown> | void>;
}

export interface ResourceOptions {
  /** URL segment, kebab-case plural (`access-lists`). */
  slug: string;
  model: ModelClass;
  serializer: Serializer;
  filterSet: FilterSet;
  /** Only GET/OPTIONS (e.g. the change log). */
  readOnly?: boolean;
  /**
   * The built-in app the endpoint lives in when it differs from the plugin's own mount (NetBox
   * serves core's object types under `/api/extras/`). Only built-in app names are accepted.
   */
  app?: string;
  /** Adjusts the base query of every read (joins, extra selects). */
  queryShape?: (qb: Knex.QueryBuilder) => void;
  /** Write steps beyond the generic parse (see WriteHooks). */
  hooks?: WriteHooks;
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
