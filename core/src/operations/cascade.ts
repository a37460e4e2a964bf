/**
 * Finds the rows a delete will take with it — through ON DELETE CASCADE foreign keys (rules of an
 * access list, a subtree, a device's components) and through cascading generic references (an
 * interface's IP addresses, MAC addresses and cable termination, an object's journal entries),
 * which the plugins' triggers and delete signals remove — so that each gets its own change record
 * and event, as NetBox logs every object its delete collector removes. One query per cascading
 * relation and level; rows of models not change-logged (bookmarks) are walked, not returned.
 */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';
import { featuresOf, type ModelClass } from '../models/base-model.js';
import { genericCascadesTo, referencesTo } from './references.js';
import type { Row } from '../serializers/render.js';

export interface CascadedRows {
  model: ModelClass;
  rows: Row[];
}

/** Max levels followed; deeper cascades are still deleted by the database, just not logged one by one. */
const MAX_LEVELS = 16;

type Frontier = { model: ModelClass; ids: number[] }[];

/** The queries of one parent's dependents: its cascading foreign keys, then its generic references. */
function dependentQueries(db: Knex, registry: Registry, parent: ModelClass, ids: number[], direct: boolean) {
  return [
    ...referencesTo(registry, parent, 'cascade').map((rel) => ({
      model: rel.model,
      rows: () => db(rel.model.tableName).select('*').whereIn(rel.column, ids) as Promise<Row[]>,
    })),
    ...genericCascadesTo(registry, parent, direct).map((rel) => ({
      model: rel.model,
      rows: () => db(rel.model.tableName).select('*').where(rel.typeColumn, parent.label).whereIn(rel.idColumn, ids) as Promise<Row[]>,
    })),
  ];
}

/** Whether a delete of the model's rows is recorded: NetBox logs and announces change-logged models only. */
const recorded = (model: ModelClass) => featuresOf(model).has('change_logging');

export async function collectCascade(db: Knex, registry: Registry, model: ModelClass, ids: number[]): Promise<CascadedRows[]> {
  const found = new Map<ModelClass, Map<number, Row>>();
  const seen = new Map<ModelClass, Set<number>>([[model, new Set(ids)]]);
  let frontier: Frontier = [{ model, ids }];
  for (let level = 0; level < MAX_LEVELS && frontier.length; level++) {
    const next: Frontier = [];
    for (const { model: parent, ids: parentIds } of frontier) {
      // Level 0 holds the objects deleted themselves: only their delete runs signals.
      for (const dep of dependentQueries(db, registry, parent, parentIds, level === 0)) {
        const rows = await dep.rows();
        const known = seen.get(dep.model) ?? new Set<number>();
        seen.set(dep.model, known);
        const fresh = rows.filter((r) => !known.has(Number(r.id)));
        if (!fresh.length) continue;
        const bucket = found.get(dep.model) ?? new Map<number, Row>();
        found.set(dep.model, bucket);
        for (const r of fresh) {
          known.add(Number(r.id));
          bucket.set(Number(r.id), r);
        }
        next.push({ model: dep.model, ids: fresh.map((r) => Number(r.id)) });
      }
    }
    frontier = next;
  }
  return [...found.entries()].filter(([m]) => recorded(m)).map(([m, rows]) => ({ model: m, rows: [...rows.values()] }));
}
