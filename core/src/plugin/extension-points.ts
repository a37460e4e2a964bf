/**
 * Extension points: places where one plugin fills in behaviour that core leaves open. Core ships
 * a default for each (tags render as `[]`, custom fields as `{}`), and a plugin such as extras
 * replaces it by declaring a provider — no `if (extrasEnabled)` anywhere in core.
 */
import type { Knex } from 'knex';
import type { ModelClass } from '../models/base-model.js';
import type { FilterDef } from '../filters/define-filter-set.js';
import { FieldValueError } from '../models/fields.js';

export interface ProviderContext {
  db: Knex;
  baseUrl: string;
}

/** Renders, parses and saves one kind of cross-cutting field (`tags`, `custom_fields`). */
export interface FieldProvider {
  readonly kind: 'tags' | 'custom_fields';
  /** Values for the given rows, by id; called once per page (batch, never per row). */
  load(ctx: ProviderContext, model: ModelClass, rows: Record<string, unknown>[]): Promise<Map<number, unknown>>;
  /** Validates a written value; returns what `save` needs. Throws FieldValueError. */
  parse(ctx: ProviderContext, model: ModelClass, value: unknown, existing: Record<string, unknown> | null): Promise<unknown>;
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
