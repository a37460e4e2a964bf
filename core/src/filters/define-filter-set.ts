/**
 * defineFilterSet: names the filters of a list endpoint and their kinds; core generates every
 * NetBox lookup (`__n`, `__ic`, `__gte`, …) from the kind (see apply-filters.ts).
 */
import type { Knex } from 'knex';
import { PluginError } from '../errors.js';
import type { ChoiceSet } from '../choices.js';
import { featuresOf, fieldsOf, type ModelClass } from '../models/base-model.js';

export type ScalarFilterKind = 'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'cidr' | 'inet' | 'int_array' | 'uuid';

/** A foreign key filter: `<name>_id` by id and `<name>` by slug (or another attribute). */
export interface RelationFilter {
  kind: 'relation';
  target: () => ModelClass;
  /** Column on this model; default `<name>_id`. */
  column?: string;
  /** Attribute matched by the `<name>` form; default `slug`. `false` for id-only filters. */
  by?: string | false;
  /** Match the whole subtree of the given nodes (regions, groups, locations…). */
  tree?: boolean;
  /**
   * Reach the target through other tables (NetBox's `site__region`): `column` points at
   * `through[0].table`, whose `through[0].column` points at the next hop… and the last hop's
   * column holds the target's id. Matched with nested `IN (SELECT id …)` subqueries. A hop may
   * `select` another column than `id`, to walk a relation backwards (a circuit's terminations:
   * `{ table: 'circuits_circuittermination', select: 'circuit_id', column: '_site_id' }`).
   */
  through?: { table: string; column: string; select?: string }[];
}

export interface ChoiceFilter {
  kind: 'choice';
  choices: ChoiceSet;
  column?: string;
}

/** A filter with its own SQL: receives the parsed values and the lookup suffix ('' for exact). */
export interface MethodFilter {
  kind: 'method';
  /** The scalar type used to validate values and to document the parameter. */
  valueKind: ScalarFilterKind;
  lookups?: string[];
  /** May be async and query `ctx.db` (e.g. to refuse unknown values with a 400, as NetBox's choice filters do). */
  /** `ctx.userId`: the requesting user, when the caller knows it (list reads do). */
  apply: (qb: Knex.QueryBuilder, values: unknown[], lookup: string, negate: boolean, ctx: { db: Knex; userId?: number | null }) => void | Promise<void>;
}

export type FilterDef = ScalarFilterKind | { kind: ScalarFilterKind; column?: string } | RelationFilter | ChoiceFilter | MethodFilter;

export interface FilterSetOptions {
  fields: Record<string, FilterDef>;
  /** Columns searched by `q` (case-insensitive contains), or a function. */
  search?: string[] | ((qb: Knex.QueryBuilder, q: string) => void);
}

export interface FilterSet {
  readonly model: ModelClass;
  readonly filters: Readonly<Record<string, FilterDef>>;
  readonly search?: FilterSetOptions['search'];
}

/** Shorthand for a relation filter. */
export function relation(target: () => ModelClass, opts: Omit<RelationFilter, 'kind' | 'target'> = {}): RelationFilter {
  return { kind: 'relation', target, ...opts };
}

export function choice(choices: ChoiceSet, column?: string): ChoiceFilter {
  return { kind: 'choice', choices, column };
}

export function method(valueKind: ScalarFilterKind, apply: MethodFilter['apply'], lookups?: string[]): MethodFilter {
  return { kind: 'method', valueKind, apply, lookups };
}

/**
 * NetBox's ChangeLoggedModelFilterSet: the objects a request (its `X-Request-ID`) created, updated,
 * or either, found through the change log.
 */
function byRequest(model: ModelClass, actions: string[]): MethodFilter {
  return method('uuid', (qb, values, _lookup, negate) => {
    const changed = (sub: Knex.QueryBuilder) => sub.select('changed_object_id').from('core_objectchange')
      .where('changed_object_type', model.label).whereIn('action', actions).whereIn('request_id', values as string[]);
    // List queries alias the model's table as `t` (operations/list.ts).
    if (negate) qb.whereNotIn('t.id', changed);
    else qb.whereIn('t.id', changed);
  }, []);
}

/**
 * Validates the declaration against the model and returns a frozen filter set with id,
 * created/last_updated and, for change-logged models, the `*_by_request` filters added.
 */
export function defineFilterSet(model: ModelClass, opts: FilterSetOptions): FilterSet {
  const modelFields = fieldsOf(model);
  const filters: Record<string, FilterDef> = { id: 'number' };
  if (modelFields.created) filters.created = 'datetime';
  if (modelFields.last_updated) filters.last_updated = 'datetime';
  if (featuresOf(model).has('change_logging')) {
    filters.created_by_request = byRequest(model, ['create']);
    filters.updated_by_request = byRequest(model, ['update']);
    filters.modified_by_request = byRequest(model, ['create', 'update']);
  }
  for (const [name, def] of Object.entries(opts.fields)) {
    if (name.includes('__')) throw new PluginError('PB_FILTER_INVALID', `Filter set for ${model.label}: "${name}" may not contain "__".`);
    filters[name] = def;
  }
  return Object.freeze({ model, filters: Object.freeze(filters), search: opts.search });
}

/** A filter set with extra filters (a plugin's `extends` contribution). */
export function extendFilterSet(base: FilterSet, extra: Record<string, FilterDef>): FilterSet {
  for (const name of Object.keys(extra))
    if (base.filters[name]) throw new PluginError('PB_FILTER_DUPLICATE', `Filter set for ${base.model.label} already has "${name}".`);
  return Object.freeze({ ...base, filters: Object.freeze({ ...base.filters, ...extra }) });
}
