/**
 * Applies query-string filters to a list query. Repeated parameters are OR'ed, different
 * parameters AND'ed; lookups come from the filter's kind; any `n…` lookup negates. Unknown
 * parameters answer 400 unless STRICT_FILTERS is off; malformed values always do.
 */
import type { Knex } from 'knex';
import { ValidationError, type FieldErrors } from '../errors.js';
import type { FilterDef, FilterSet, ScalarFilterKind } from './define-filter-set.js';
import { FilterValueError, likeEscape, lookupsFor, parseEmpty, parseFilterValue, parseInteger, rejectNul } from './lookups.js';
import type { Registry } from '../registry/registry.js';
import { fieldsOf } from '../models/base-model.js';

/** Query parameters that control the list rather than filter it. */
export const CONTROL_PARAMS = new Set(['limit', 'offset', 'start', 'ordering', 'brief', 'fields', 'omit', 'exclude', 'format', 'q']);

/**
 * True when `?start=` pages by cursor on this filter set. A model with a field of that name
 * (NetBox's ASN ranges filter on `start`) keeps `start` as its filter, as NetBox's API does, and
 * pages by limit/offset only.
 */
export function cursorPaging(fs: FilterSet): boolean {
  return !('start' in fs.filters);
}

export const NULL_VALUE = 'null';

const listParamCache = new WeakMap<Registry, Set<string>>();
/** Parameters plugins handle on every list (extension point `listParameters`): never filters. */
function listParameterNames(registry: Registry): Set<string> {
  let names = listParamCache.get(registry);
  if (!names) {
    // Optional chaining: hand-made registries (unit tests) may lack the store.
    names = new Set((registry.listParameters?.values() ?? []).flatMap((lp) => [...lp.params]));
    listParamCache.set(registry, names);
  }
  return names;
}

/** Negated lookups and the positive lookup they exclude. */
const NEGATED: Record<string, string> = { n: '', nic: 'ic', nisw: 'isw', niew: 'iew', nie: 'ie' };

interface Target {
  filter: FilterDef;
  column: string;
  lookup: string;
  mode: 'id' | 'attr' | 'scalar';
  /** A `number` filter on an integer column: whole numbers only, compared as bigint. */
  integer: boolean;
}

/** Integer-backed field kinds (ids, counts, indexes): NetBox filters them with an IntegerField. */
const INTEGER_KINDS = new Set(['integer', 'generic_id']);

/** Maps a parameter name to its filter, column and lookup, or undefined when unknown. */
function resolveParam(fs: FilterSet, param: string, alias: string): Target | undefined {
  const sep = param.indexOf('__');
  const base = sep < 0 ? param : param.slice(0, sep);
  const lookup = sep < 0 ? '' : param.slice(sep + 2);
  if (sep >= 0 && lookup === '') return undefined;
  let filter = fs.filters[base];
  let mode: Target['mode'] = 'scalar';
  if (!filter && base.endsWith('_id')) {
    const rel = fs.filters[base.slice(0, -3)];
    if (rel && typeof rel === 'object' && rel.kind === 'relation') {
      filter = rel;
      mode = 'id';
    }
  } else if (filter && typeof filter === 'object' && filter.kind === 'relation') {
    if (filter.by === false) return undefined;
    mode = 'attr';
  }
  if (!filter) return undefined;
  const kind = typeof filter === 'string' ? filter : filter.kind;
  const allowed = kind === 'method' ? ((filter as { lookups?: string[] }).lookups ?? []) : lookupsFor(kind as ScalarFilterKind);
  if (lookup && !allowed.includes(lookup)) return undefined;
  let column: string;
  if (typeof filter === 'string' || filter.kind === 'method') column = base;
  else if (filter.kind === 'relation') column = filter.column ?? `${mode === 'id' ? base.slice(0, -3) : base}_id`;
  else column = filter.column ?? base;
  const spec = fieldsOf(fs.model)[base];
  const integer = kind === 'number' && (column === 'id' || (spec !== undefined && INTEGER_KINDS.has(spec.kind)));
  return { filter, column: `${alias}.${column}`, lookup, mode, integer };
}

export interface ApplyOptions {
  strict: boolean;
  alias: string;
  db: Knex;
  registry: Registry;
  /** The requesting user's id, for filters relative to the user (NetBox's saved filters `usable`). */
  userId?: number | null;
}

/** Adds WHERE clauses for every filter parameter; returns nothing, throws ValidationError. */
export async function applyFilters(qb: Knex.QueryBuilder, fs: FilterSet, params: URLSearchParams, opts: ApplyOptions): Promise<void> {
  const errors: FieldErrors = {};
  const names = [...new Set(params.keys())];
  for (const param of names) {
    if (CONTROL_PARAMS.has(param) && !(param === 'start' && !cursorPaging(fs))) continue;
    if (listParameterNames(opts.registry).has(param)) continue;
    const values = params.getAll(param);
    let target = resolveParam(fs, param, opts.alias);
    if (!target) {
      for (const provider of opts.registry.filterProviders.values()) {
        const def = await provider.resolve?.({ db: opts.db, baseUrl: '', registry: opts.registry }, fs.model, param.split('__')[0]!);
        if (def) {
          target = resolveParam({ ...fs, filters: { ...fs.filters, [param.split('__')[0]!]: def } }, param, opts.alias);
          break;
        }
      }
    }
    if (!target) {
      if (opts.strict) errors[param] = ['Unknown filter.'];
      continue;
    }
    // As NetBox's multi-value fields: empty values are dropped, and a filter left without any is not applied.
    const given = values.filter((v) => v !== '');
    if (given.length === 0) continue;
    try {
      await applyOne(qb, target, given, opts);
    } catch (err) {
      if (err instanceof FilterValueError) errors[param] = [err.message];
      else throw err;
    }
  }
  const q = params.get('q');
  if (q?.includes('\u0000')) errors.q = ['Null characters are not allowed.'];
  else if (q !== null && q.trim() !== '' && fs.search) {
    const search = fs.search;
    const own = (b: Knex.QueryBuilder) => {
      if (typeof search === 'function') search(b, q.trim());
      else {
        const pattern = `%${likeEscape(q.trim())}%`;
        b.where((w) => {
          for (const c of search) w.orWhere(`${opts.alias}.${c}`, 'ilike', pattern);
        });
      }
    };
    // Providers may widen the quick search (custom field values): any part matching is a match.
    const extra = [...opts.registry.filterProviders.values()].map((p) => p.search?.(fs.model, q.trim(), opts.alias)).filter((x) => x !== undefined);
    if (extra.length === 0) own(qb);
    else qb.where((outer) => {
      outer.where((inner) => own(inner));
      for (const part of extra) outer.orWhere((inner) => part(inner));
    });
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

async function applyOne(qb: Knex.QueryBuilder, t: Target, values: string[], opts: ApplyOptions): Promise<void> {
  const { filter, column } = t;
  const negate = t.lookup in NEGATED;
  const lookup = negate ? NEGATED[t.lookup]! : t.lookup;
  // Django's exclude() keeps rows whose column is NULL unless NULL itself is excluded.
  const where = (build: (w: Knex.QueryBuilder) => void, nullExcluded = false) => {
    if (!negate) qb.where(build);
    else
      qb.where((outer) => {
        outer.whereNot(build);
        if (!nullExcluded) outer.orWhereNull(column);
      });
  };

  if (typeof filter === 'object' && filter.kind === 'method') {
    // `__empty` is a yes/no question whatever the filter's value kind (NetBox's `empty` lookup is boolean).
    const parsed = lookup === 'empty' ? [parseEmpty(values[0]!)] : values.map((v) => parseFilterValue(filter.valueKind, v));
    await filter.apply(qb, parsed, lookup, negate, { db: opts.db, userId: opts.userId ?? null });
    return;
  }
  if (typeof filter === 'object' && filter.kind === 'relation') {
    const target = filter.target();
    const hasNull = values.includes(NULL_VALUE);
    const given = values.filter((v) => v !== NULL_VALUE);
    for (const v of given) rejectNul(v);
    // Both forms name existing objects (NetBox's ModelMultipleChoiceFilter): an unknown one is a 400, not an empty page.
    const attr = t.mode === 'id' ? 'id' : filter.by || 'slug';
    const wanted = t.mode === 'id' ? given.map((v) => parseInteger(v, { min: 0n, max: 9223372036854775807n })) : given;
    let ids: Knex.QueryBuilder | string[] = [];
    if (wanted.length) {
      const found: { id: unknown; v: unknown }[] = t.mode === 'id'
        ? await opts.db(target.tableName).select('id', { v: 'id' }).whereRaw('id = ANY(?::bigint[])', [wanted])
        : await opts.db(target.tableName).select('id', { v: attr }).whereIn(attr, wanted);
      const missing = wanted.filter((g) => !found.some((f) => String(f.v) === g));
      if (missing.length) throw new FilterValueError(`Select a valid choice. ${missing[0]} is not one of the available choices.`);
      ids = found.map((f) => String(f.id));
    }
    if (filter.tree && ids.length) {
      const roots = ids as string[];
      ids = opts.db(target.tableName).select('id').whereRaw('_path && ?::bigint[]', [roots]);
    }
    const idList = ids;
    if (filter.through?.length) {
      // The row's column names the first hop; each hop's ids are those whose next column matches.
      const hops = filter.through;
      let sub = opts.db(hops[hops.length - 1]!.table).select(hops[hops.length - 1]!.select ?? 'id').where((w) => {
        const last = hops[hops.length - 1]!.column;
        if (Array.isArray(idList) ? idList.length : true) w.orWhereIn(last, idList as never);
        if (hasNull) w.orWhereNull(last);
      });
      for (let i = hops.length - 2; i >= 0; i--) sub = opts.db(hops[i]!.table).select(hops[i]!.select ?? 'id').whereIn(hops[i]!.column, sub);
      const match = sub;
      where((w) => w.whereIn(column, match));
      return;
    }
    where((w) => {
      if (Array.isArray(idList) ? idList.length : true) w.orWhereIn(column, idList as never);
      if (hasNull) w.orWhereNull(column);
    }, hasNull);
    return;
  }

  const kind: ScalarFilterKind | 'choice' = typeof filter === 'string' ? filter : filter.kind;
  if (lookup === 'empty') {
    const empty = parseEmpty(values[0]!);
    const textual = kind === 'text' || kind === 'choice';
    qb.where((w) => {
      if (empty) {
        w.whereNull(column);
        if (textual) w.orWhere(column, '');
      } else {
        w.whereNotNull(column);
        if (textual) w.andWhere(column, '<>', '');
      }
    });
    return;
  }
  const scalar: ScalarFilterKind = kind === 'choice' ? 'text' : kind;
  if (kind === 'choice' && (lookup === '' || lookup === 'n') && typeof filter === 'object' && filter.kind === 'choice') {
    for (const v of values)
      if (v !== NULL_VALUE && !filter.choices.has(v))
        throw new FilterValueError(`Select a valid choice. ${v} is not one of the available choices.`);
  }
  const hasNull = values.includes(NULL_VALUE) && (lookup === '' || lookup === 'n');
  const raw = values.filter((v) => !(hasNull && v === NULL_VALUE));
  const parsed = raw.map((v) => (t.integer ? parseInteger(v) : parseFilterValue(scalar, v)));
  if (lookup === 'regex' || lookup === 'iregex') for (const v of parsed) await checkRegex(opts.db, String(v));
  // Integers are bound as bigint: exact for 64-bit ids, and never an overflow against a smaller column.
  const cast = t.integer ? '::bigint' : '';
  const cmp = (w: Knex.QueryBuilder, op: string, v: unknown) => (t.integer ? w.orWhereRaw(`?? ${op} ?::bigint`, [column, v as never]) : w.orWhere(column, op, v as never));

  where((w) => {
    if (hasNull) w.orWhereNull(column);
    switch (lookup) {
      case '':
        if (scalar === 'int_array') for (const v of parsed) w.orWhereRaw('?? @> ARRAY[?]::integer[]', [column, v as never]);
        else if (scalar === 'cidr') w.orWhereRaw(`?? = ANY(?::cidr[])`, [column, parsed as never]);
        else if (scalar === 'inet') w.orWhereRaw(`host(??) = ANY(?::text[])`, [column, parsed.map((p) => String(p).split('/')[0])]);
        else if (t.integer && parsed.length) w.orWhereRaw(`?? = ANY(?${cast}[])`, [column, parsed as never]);
        else if (parsed.length) w.orWhereIn(column, parsed as never);
        break;
      case 'ic': for (const v of parsed) w.orWhere(column, 'ilike', `%${likeEscape(String(v))}%`); break;
      case 'isw': for (const v of parsed) w.orWhere(column, 'ilike', `${likeEscape(String(v))}%`); break;
      case 'iew': for (const v of parsed) w.orWhere(column, 'ilike', `%${likeEscape(String(v))}`); break;
      case 'ie': for (const v of parsed) w.orWhereRaw('lower(??) = lower(?)', [column, v as never]); break;
      case 'regex': for (const v of parsed) w.orWhereRaw('?? ~ ?', [column, v as never]); break;
      case 'iregex': for (const v of parsed) w.orWhereRaw('?? ~* ?', [column, v as never]); break;
      case 'lt': for (const v of parsed) cmp(w, '<', v); break;
      case 'lte': for (const v of parsed) cmp(w, '<=', v); break;
      case 'gt': for (const v of parsed) cmp(w, '>', v); break;
      case 'gte': for (const v of parsed) cmp(w, '>=', v); break;
      case 'net_contained': for (const v of parsed) w.orWhereRaw('?? << ?::inet', [column, v as never]); break;
      case 'net_contained_or_equal': for (const v of parsed) w.orWhereRaw('?? <<= ?::inet', [column, v as never]); break;
      case 'net_contains': for (const v of parsed) w.orWhereRaw('?? >> ?::inet', [column, v as never]); break;
      case 'net_contains_or_equals': for (const v of parsed) w.orWhereRaw('?? >>= ?::inet', [column, v as never]); break;
    }
  }, hasNull);
}

/** Postgres compiles a pattern before matching anything, so an invalid one fails here and names its parameter. */
async function checkRegex(db: Knex, pattern: string): Promise<void> {
  try {
    await db.raw(`select '' ~ ? as ok`, [pattern]);
  } catch (err) {
    if ((err as { code?: string }).code === '2201B') throw new FilterValueError('Enter a valid regular expression.');
    throw err;
  }
}
