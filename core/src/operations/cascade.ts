/**
 * Finds the rows a delete will take with it through ON DELETE CASCADE foreign keys (rules of an
 * access list, a subtree, a device's components), so that each gets its own change record and
 * event, as NetBox logs every object its delete collector removes. One query per cascading
 * relation and level.
 */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';
import type { ModelClass } from '../models/base-model.js';
import { referencesTo } from './references.js';
import type { Row } from '../serializers/render.js';

export interface CascadedRows {
  model: ModelClass;
  rows: Row[];
}

/** Max levels followed; deeper cascades are still deleted by the database, just not logged one by one. */
const MAX_LEVELS = 16;

export async function collectCascade(db: Knex, registry: Registry, model: ModelClass, ids: number[]): Promise<CascadedRows[]> {
  const found = new Map<ModelClass, Map<number, Row>>();
  const seen = new Map<ModelClass, Set<number>>([[model, new Set(ids)]]);
  let frontier: { model: ModelClass; ids: number[] }[] = [{ model, ids }];
  for (let level = 0; level < MAX_LEVELS && frontier.length; level++) {
    const next: { model: ModelClass; ids: number[] }[] = [];
    for (const { model: parent, ids: parentIds } of frontier) {
      for (const rel of referencesTo(registry, parent, 'cascade')) {
        const rows: Row[] = await db(rel.model.tableName).select('*').whereIn(rel.column, parentIds);
        const known = seen.get(rel.model) ?? new Set<number>();
        seen.set(rel.model, known);
        const fresh = rows.filter((r) => !known.has(Number(r.id)));
        if (!fresh.length) continue;
        const bucket = found.get(rel.model) ?? new Map<number, Row>();
        found.set(rel.model, bucket);
        for (const r of fresh) {
          known.add(Number(r.id));
          bucket.set(Number(r.id), r);
        }
        next.push({ model: rel.model, ids: fresh.map((r) => Number(r.id)) });
      }
    }
    frontier = next;
  }
  return [...found.entries()].map(([m, rows]) => ({ model: m, rows: [...rows.values()] }));
}
