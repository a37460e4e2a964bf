/**
 * Extension points: places where one plugin fills in behaviour that core leaves open. Core ships
 * a default for each (tags render as `[]`, custom fields as `{}`), and a plugin such as extras
 * replaces it by declaring a provider — no `if (extrasEnabled)` anywhere in core.
 */
import type { Knex } from 'knex';
import type { ModelClass } from '../models/base-model.js';
import type { FilterDef } from '../filters/define-filter-set.js';
import type { Registry } from '../registry/registry.js';
import { FieldValueError } from '../models/fields.js';
import type { RequestCradle } from '../container/cradle.js';
import type { Resource } from '../api/resource.js';
import type { Json } from '../serializers/render.js';

export interface ProviderContext {
  db: Knex;
  baseUrl: string;
  /** The app's registry (models, serializers), e.g. to render related objects; absent in older callers. */
  registry?: Registry;
}

/** Renders, parses and saves one kind of cross-cutting field (`tags`, `custom_fields`). */
export interface FieldProvider {
  readonly kind: 'tags' | 'custom_fields';
  /** Values for the given rows, by id; called once per page (batch, never per row). */
  load(ctx: ProviderContext, model: ModelClass, rows: Record<string, unknown>[]): Promise<Map<number, unknown>>;
  /** Validates a written value; returns what `save` needs. Throws FieldValueError. */
  parse(ctx: ProviderContext, model: ModelClass, value: unknown, existing: Record<string, unknown> | null): Promise<unknown>;
  /**
   * Optional: called when the body omits the field — on create (`existing` null: apply defaults,
   * enforce required values) and on update (re-validate what is stored, as NetBox's clean() does).
   * Returns what `save` needs, or undefined for nothing to save; throws FieldValueError.
   */
  parseAbsent?(ctx: ProviderContext, model: ModelClass, existing: Record<string, unknown> | null): Promise<unknown>;
  /** Applies the parsed value after the row is written; may return columns to set on the row. */
  save(ctx: ProviderContext, model: ModelClass, row: Record<string, unknown>, parsed: unknown): Promise<void>;
  /** OpenAPI schemas of the read and written forms. */
  readonly schema: { read: Record<string, unknown>; write: Record<string, unknown> };
}

/** Adds filters to the filter sets of models it applies to (`tag`, `cf_<name>`…). */
export interface FilterProvider {
  readonly name: string;
  /** Filters added to every filter set of a model for which `appliesTo` holds. */
  filtersFor(model: ModelClass): Record<string, FilterDef>;
  /** Resolves parameters whose names are data-driven (`cf_site_code`), per request. */
  resolve?(ctx: ProviderContext, model: ModelClass, param: string): Promise<FilterDef | undefined>;
  /**
   * Optional: widens the list's quick search `q` (which must exist for the model): returns a
   * condition OR'ed with the model's own search, on the list query aliased `alias`.
   */
  search?(model: ModelClass, q: string, alias: string): ((qb: Knex.QueryBuilder) => void) | undefined;
}

/** What a list parameter's `respond` can read: the request's whole filtered, ordered list. */
export interface ListAccess {
  /** Every matching row (filters, ordering and `fields`/`brief`/`omit` applied, no paging), rendered; at most `cap` rows or it throws 400. */
  all(opts?: { cap?: number }): Promise<Json[]>;
}

/** A non-JSON answer to a list request (a rendered export). */
export interface ListResponse {
  status?: number;
  /** Content type. */
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/**
 * A query parameter every list endpoint accepts on a plugin's behalf (NetBox's `?export=` and
 * `?filter=`/`?filter_id=`): its names are never taken for filters; `prepare` may rewrite the
 * parameters the list is filtered with; `respond` may answer the request instead of the JSON page.
 */
export interface ListParameter {
  /** Unique name of the contribution. */
  readonly name: string;
  /** The query parameters it consumes. */
  readonly params: readonly string[];
  /** Models it applies to (all when absent); elsewhere its parameters are still not filters, but it does nothing. */
  appliesTo?(model: ModelClass): boolean;
  /** OpenAPI query parameters it adds to the list operations of the models it applies to. */
  readonly openapi?: readonly { name: string; description: string; schema: Record<string, unknown> }[];
  /** Returns the parameters to filter with (e.g. a saved filter's merged in); runs on every list read. */
  prepare?(c: RequestCradle, resource: Resource, params: URLSearchParams): Promise<URLSearchParams>;
  /** Answers the request itself, or returns undefined to let the JSON list proceed. Runs after every `prepare`. */
  respond?(c: RequestCradle, resource: Resource, params: URLSearchParams, list: ListAccess): Promise<ListResponse | undefined>;
}

/** Core's tags provider: no tag model exists until a plugin brings one. */
export const defaultTagsProvider: FieldProvider = {
  kind: 'tags',
  async load(_ctx, _model, rows) {
    return new Map(rows.map((r) => [Number(r.id), []]));
  },
  async parse(_ctx, _model, value) {
    if (!Array.isArray(value)) throw new FieldValueError(['Expected a list of items.']);
    if (value.length > 0) throw new FieldValueError(['Tags are not available: no plugin provides them.']);
    return [];
  },
  async save() {},
  schema: {
    read: { type: 'array', items: { type: 'object' } },
    write: { type: 'array', items: { type: 'object' } },
  },
};

/** Core's custom-fields provider: no custom field exists, so any key is unknown. */
export const defaultCustomFieldsProvider: FieldProvider = {
  kind: 'custom_fields',
  async load(_ctx, _model, rows) {
    return new Map(rows.map((r) => [Number(r.id), {}]));
  },
  async parse(_ctx, _model, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new FieldValueError(['Invalid data. Expected a dictionary.']);
    const keys = Object.keys(value);
    if (keys.length > 0) throw new FieldValueError(keys.map((k) => `Unknown field name '${k}' in custom field data.`));
    return {};
  },
  async save() {},
  schema: {
    read: { type: 'object', additionalProperties: {} },
    write: { type: 'object', additionalProperties: {} },
  },
};
