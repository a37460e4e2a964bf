/**
 * Renders rows as NetBox JSON. Related objects are loaded per page, never per row: one query per
 * related model (all foreign keys to that model together), one per many-to-many field, one per
 * count field, one per generic target type — so a page costs the same number of queries whatever
 * its size (DESIGN §6).
 */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';
import type { Serializer } from './define-serializer.js';
import { columnOf, targetOf, type FieldSpec } from '../models/fields.js';
import type { ModelClass } from '../models/base-model.js';
import { objectDisplayUrl, objectUrl } from './urls.js';
import { applyOrderTerms, defaultOrderTerms } from '../operations/ordering.js';

export type Row = Record<string, unknown>;
export type Json = Record<string, unknown>;

export interface RenderContext {
  db: Knex;
  registry: Registry;
  /** '' renders relative URLs (events, change log). */
  baseUrl: string;
}

/** How deep nested brief objects may recurse (a brief form that nests a brief form…). */
const MAX_DEPTH = 3;

/** Renders rows with the given field selection, in the serializer's key order. */
export async function renderRows(ser: Serializer, rows: Row[], selection: readonly string[], ctx: RenderContext, depth = 0): Promise<Json[]> {
  if (rows.length === 0) return [];
  const model = ser.model;
  const resolved = await loadRelations(ser, rows, selection, ctx, depth);
  return rows.map((row) => {
    const out: Json = {};
    for (const name of selection) {
      const spec = ser.specs[name]!;
      // Write-only fields (a password) are accepted on writes and never shown, not even in the change log.
      if (!spec.writeOnly) out[name] = renderField(name, spec, row, model, ctx, resolved);
    }
    return out;
  });
}

/** Renders one row with the serializer's full field list. */
export async function renderOne(ser: Serializer, row: Row, ctx: RenderContext): Promise<Json> {
  const [json] = await renderRows(ser, [row], ser.fields, ctx);
  return json!;
}

interface Resolved {
  /** target label → id → brief JSON */
  related: Map<string, Map<number, Json>>;
  /** field → owner id → list of brief JSON */
  many: Map<string, Map<number, Json[]>>;
  /** field → owner id → count */
  counts: Map<string, Map<number, number>>;
  /** kind → owner id → value */
  provided: Map<string, Map<number, unknown>>;
  /** loaded field → owner id → value */
  loaded: Map<string, Map<number, unknown>>;
}

function renderField(name: string, spec: FieldSpec, row: Row, model: ModelClass, ctx: RenderContext, r: Resolved): unknown {
  const id = Number(row.id);
  switch (name) {
    case 'url': return objectUrl(ctx.registry, ctx.baseUrl, model.label, row.id);
    case 'display_url': return objectDisplayUrl(ctx.registry, ctx.baseUrl, model.label, row.id);
    case 'display': return model.displayOf(row);
  }
  switch (spec.kind) {
    case 'related': {
      const fk = row[columnOf(name, spec)!];
      if (fk === null || fk === undefined) return null;
      // A foreign key NetBox shows as a bare id (inventory item parents) renders itself.
      if (spec.render) return spec.render(fk);
      return r.related.get(relatedKey(targetOf(spec, model).label, spec))?.get(Number(fk)) ?? null;
    }
    case 'many': {
      // A many field may show its targets another way (object permissions list "app.model" labels).
      const list = r.many.get(name)?.get(id) ?? [];
      return spec.render ? spec.render(list) : list;
    }
    case 'count': return r.counts.get(name)?.get(id) ?? (spec.countOf?.sum ? null : 0);
    case 'computed': return spec.compute ? spec.compute(row) : null;
    case 'loaded': {
      const values = r.loaded.get(name);
      return values?.has(id) ? values.get(id) : (spec.fallback ?? null);
    }
    case 'generic': {
      const type = row[spec.typeColumn!] as string | null;
      const gid = row[spec.idColumn!];
      if (!type || gid === null || gid === undefined) return null;
      return r.related.get(type)?.get(Number(gid)) ?? null;
    }
    case 'tags': case 'custom_fields': return r.provided.get(spec.kind)?.get(id) ?? (spec.kind === 'tags' ? [] : {});
    default: {
      const value = row[columnOf(name, spec)!];
      return spec.render ? spec.render(value) : (value ?? null);
    }
  }
}

async function loadRelations(ser: Serializer, rows: Row[], selection: readonly string[], ctx: RenderContext, depth: number): Promise<Resolved> {
  const model = ser.model;
  const resolved: Resolved = { related: new Map(), many: new Map(), counts: new Map(), provided: new Map(), loaded: new Map() };
  const wanted = new Map<string, { model: ModelClass; ids: Set<number>; nested?: readonly string[] }>();
  const want = (target: ModelClass, id: unknown, nested?: readonly string[]) => {
    if (id === null || id === undefined) return;
    const key = nested ? `${target.label}#${nested.join(',')}` : target.label;
    let entry = wanted.get(key);
    if (!entry) wanted.set(key, (entry = { model: target, ids: new Set(), nested }));
    entry.ids.add(Number(id));
  };
  const ids = rows.map((r) => Number(r.id));
  const jobs: (() => Promise<void>)[] = [];

  for (const name of selection) {
    const spec = ser.specs[name]!;
    if (spec.kind === 'related') {
      if (spec.render) continue;
      const target = targetOf(spec, model);
      const col = columnOf(name, spec)!;
      for (const row of rows) want(target, row[col], spec.nested);
    } else if (spec.kind === 'generic') {
      for (const row of rows) {
        const type = row[spec.typeColumn!] as string | null;
        const target = type ? ctx.registry.models.get(type) : undefined;
        if (target) want(target, row[spec.idColumn!]);
      }
    } else if (spec.kind === 'many' && depth < MAX_DEPTH) {
      jobs.push(async () => void resolved.many.set(name, await loadMany(name, spec, model, ids, ctx, depth)));
    } else if (spec.kind === 'count') {
      jobs.push(async () => void resolved.counts.set(name, await loadCounts(spec, ids, ctx, model)));
    } else if (spec.kind === 'loaded' && spec.load) {
      const load = spec.load;
      jobs.push(async () => void resolved.loaded.set(name, await load({ db: ctx.db, registry: ctx.registry, baseUrl: ctx.baseUrl }, rows)));
    } else if (spec.kind === 'tags' || spec.kind === 'custom_fields') {
      const provider = ctx.registry.fieldProvider(spec.kind);
      jobs.push(async () => void resolved.provided.set(spec.kind, await provider.load({ db: ctx.db, baseUrl: ctx.baseUrl, registry: ctx.registry }, model, rows)));
    }
  }
  if (depth < MAX_DEPTH)
    for (const [key, { model: target, ids: targetIds, nested }] of wanted)
      jobs.push(async () => void resolved.related.set(key, await loadBrief(target, [...targetIds], ctx, depth + 1, nested)));
  // A transaction is one connection: its loads run one after another (pg refuses overlapping
  // queries on one client). Elsewhere they overlap on the pool. Either way the count of
  // statements, not their overlap, is what stays constant.
  if ((ctx.db as { isTransaction?: boolean }).isTransaction) for (const job of jobs) await job();
  else await Promise.all(jobs.map((job) => job()));
  return resolved;
}

/** The key of a related field's loaded objects: the target, plus the nested form when it is not the brief one. */
function relatedKey(label: string, spec: FieldSpec): string {
  return spec.nested ? `${label}#${spec.nested.join(',')}` : label;
}

/** Brief forms (or the `nested` fields) of the given objects of a model, by id: one query (plus its own nested loads). */
export async function loadBrief(target: ModelClass, ids: number[], ctx: RenderContext, depth = 1, nested?: readonly string[]): Promise<Map<number, Json>> {
  const out = new Map<number, Json>();
  if (ids.length === 0) return out;
  const ser = ctx.registry.serializers.get(target.label);
  const rows: Row[] = await ctx.db(target.tableName).select('*').whereIn('id', ids);
  if (!ser) {
    for (const row of rows) out.set(Number(row.id), { id: row.id, display: target.displayOf(row) });
    return out;
  }
  const rendered = await renderRows(ser, rows, nested ?? ser.brief, ctx, depth);
  rows.forEach((row, i) => out.set(Number(row.id), rendered[i]!));
  return out;
}

async function loadMany(name: string, spec: FieldSpec, model: ModelClass, ids: number[], ctx: RenderContext, depth: number): Promise<Map<number, Json[]>> {
  const target = targetOf(spec, model);
  const { table, from, to } = spec.through!;
  const qb = ctx.db(`${target.tableName} as t`)
    .select('t.*', ctx.db.raw('?? as "__owner"', [`j.${from}`]))
    .join(`${table} as j`, `j.${to}`, 't.id')
    .whereIn(`j.${from}`, ids);
  // The target's own default order (related terms by their targets' orderings), id as the tie-breaker.
  applyOrderTerms(qb, target, defaultOrderTerms(target));
  const rows: Row[] = await qb;
  const ser = ctx.registry.serializers.get(target.label);
  const rendered = ser
    ? await renderRows(ser, rows, spec.nested ?? ser.brief, ctx, depth + 1)
    : rows.map((row) => ({ id: row.id, display: target.displayOf(row) }));
  const out = new Map<number, Json[]>();
  rows.forEach((row, i) => {
    const owner = Number(row.__owner);
    if (!out.has(owner)) out.set(owner, []);
    out.get(owner)!.push(rendered[i]!);
  });
  void name;
  return out;
}

async function loadCounts(spec: FieldSpec, ids: number[], ctx: RenderContext, owner: ModelClass): Promise<Map<number, number>> {
  const { model, column, cumulative, sum, where } = spec.countOf!;
  if (sum) {
    const sums: { k: unknown; n: unknown }[] = await ctx.db(model().tableName)
      .select({ k: column }).sum({ n: sum }).whereIn(column, ids).whereNotNull(sum).groupBy(column);
    return new Map(sums.map((r) => [Number(r.k), Number(r.n)]));
  }
  if (cumulative) {
    // Each node counts the objects of its whole subtree: descendants are the nodes whose `_path` holds its id.
    const rows: { k: unknown; n: unknown }[] = await ctx.db(`${owner.tableName} as g`)
      .select({ k: 'g.id' })
      .count({ n: 'x.id' })
      .joinRaw('JOIN ?? AS d ON d._path @> ARRAY[g.id]::bigint[]', [owner.tableName])
      .join(`${model().tableName} as x`, `x.${column}`, 'd.id')
      .where(Object.fromEntries(Object.entries(where ?? {}).map(([k, v]) => [`x.${k}`, v])))
      .whereIn('g.id', ids)
      .groupBy('g.id');
    return new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
  }
  const rows: { k: unknown; n: unknown }[] = await ctx.db(model().tableName)
    .select({ k: column })
    .count({ n: '*' })
    .where(where ?? {})
    .whereIn(column, ids)
    .groupBy(column);
  return new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
}
