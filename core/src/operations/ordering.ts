/**
 * ORDER BY as Django builds it from an ordering: a term naming a foreign key (`site`, `-vrf`)
 * orders by the target model's own default ordering (its `ordering` terms, then its id), through
 * one LEFT JOIN per followed relation — so related order costs a join, never an extra query.
 * A term naming the key's column (`site_id`) orders by the id, as Django's `site_id` does.
 * Terms may end with ` NULLS FIRST` / ` NULLS LAST` (Django's `F(...).asc(nulls_first=True)`);
 * without it PostgreSQL's default placement applies (NULLs last ascending, first descending).
 */
import type { Knex } from 'knex';
import { fieldsOf, type ModelClass } from '../models/base-model.js';
import { columnOf, targetOf } from '../models/fields.js';

/** One parsed ordering term: a field or column name, its direction and an explicit NULL placement. */
export interface OrderTerm {
  name: string;
  desc: boolean;
  nulls?: 'first' | 'last';
}

/** Parses `name`, `-name`, `name NULLS FIRST`, `-name nulls last`; anything else is a declaration bug. */
export function parseOrderTerm(term: string): OrderTerm {
  const m = /^\s*(-?)(\w+)(?:\s+nulls\s+(first|last))?\s*$/i.exec(term);
  if (!m) throw new Error(`Invalid ordering term ${JSON.stringify(term)}: expected "[-]name [NULLS FIRST|LAST]"`);
  const nulls = m[3]?.toLowerCase() as OrderTerm['nulls'];
  return { name: m[2] === 'pk' ? 'id' : m[2]!, desc: m[1] === '-', ...(nulls ? { nulls } : {}) };
}

/** A model's default ordering, parsed (declarations are checked when first used). */
export function defaultOrderTerms(model: ModelClass): OrderTerm[] {
  return model.ordering.map(parseOrderTerm);
}

/** How deep related orderings are followed (a circuit termination → circuit → account → provider). */
const MAX_DEPTH = 3;

interface OrderColumn {
  column: string;
  desc: boolean;
  nulls?: 'first' | 'last';
}

/** True when a model has an ordering of its own (the base `['id']` means none, as in Django). */
function hasOwnOrdering(model: ModelClass): boolean {
  return !(model.ordering.length === 1 && parseOrderTerm(model.ordering[0]!).name === 'id');
}

/** Django's reverse_ordering(): a flipped term also flips an explicit NULL placement. */
function flip(nulls: OrderTerm['nulls'], reverse: boolean): OrderTerm['nulls'] {
  if (!reverse || !nulls) return nulls;
  return nulls === 'first' ? 'last' : 'first';
}

/**
 * Expands terms of `model` (aliased `alias`) into qualified columns, joining each related term's
 * target once (alias `_ord_<path>`). `chain` holds the models above, so a relation back to one of
 * them (a tree's parent) orders by its key instead of looping.
 */
function expand(qb: Knex.QueryBuilder, model: ModelClass, alias: string, terms: OrderTerm[], chain: ModelClass[], path: string[], joined: Set<string>, out: OrderColumn[]): void {
  const fields = fieldsOf(model);
  for (const term of terms) {
    const spec = fields[term.name];
    const column = spec ? columnOf(term.name, spec) : term.name;
    if (!column) continue;
    if (spec?.kind === 'related' && chain.length < MAX_DEPTH) {
      const target = targetOf(spec, model);
      if (hasOwnOrdering(target) && !chain.includes(target) && target !== model) {
        const sub = [...path, term.name];
        const to = `_ord_${sub.join('__')}`;
        if (!joined.has(to)) {
          qb.leftJoin(`${target.tableName} as ${to}`, `${to}.id`, `${alias}.${column}`);
          joined.add(to);
        }
        const inner: OrderTerm[] = defaultOrderTerms(target).map((t) => {
          const nulls = flip(t.nulls, term.desc) ?? term.nulls;
          return { name: t.name, desc: t.desc !== term.desc, ...(nulls ? { nulls } : {}) };
        });
        if (!inner.some((t) => t.name === 'id')) inner.push({ name: 'id', desc: term.desc, ...(term.nulls ? { nulls: term.nulls } : {}) });
        expand(qb, target, to, inner, [...chain, model], sub, joined, out);
        continue;
      }
    }
    out.push({ column: `${alias}.${column}`, desc: term.desc, ...(term.nulls ? { nulls: term.nulls } : {}) });
  }
}

/**
 * Adds ORDER BY for `terms` of `model` (the query's table aliased `alias`), then the id as the
 * tie-breaker unless a term already orders by it. Used by lists and by many-to-many loads.
 */
export function applyOrderTerms(qb: Knex.QueryBuilder, model: ModelClass, terms: OrderTerm[], alias = 't'): void {
  const out: OrderColumn[] = [];
  expand(qb, model, alias, terms, [], [], new Set(), out);
  const seen = new Set<string>();
  for (const { column, desc, nulls } of out) {
    // A column already ordered by earlier decides nothing more (`?ordering=name,-name`, or `id` twice).
    if (seen.has(column)) continue;
    seen.add(column);
    qb.orderByRaw(`?? ${desc ? 'DESC' : 'ASC'}${nulls ? ` NULLS ${nulls === 'first' ? 'FIRST' : 'LAST'}` : ''}`, [column]);
  }
  if (!seen.has(`${alias}.id`)) qb.orderBy(`${alias}.id`, 'asc');
}
