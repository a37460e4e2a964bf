/**
 * The foreign keys that point at a model, by what happens on delete. Deletes consult them (which
 * rows protect an object, which rows cascade with it); the registry is frozen after boot, so each
 * answer is computed once per registry and model.
 */
import type { Registry } from '../registry/registry.js';
import { fieldsOf, type ModelClass } from '../models/base-model.js';
import { columnOf, type FieldSpec } from '../models/fields.js';

export interface Reference {
  /** The model holding the foreign key. */
  model: ModelClass;
  /** Its column. */
  column: string;
}

type OnDelete = NonNullable<FieldSpec['onDelete']>;

const memo = new WeakMap<Registry, Map<string, Reference[]>>();

/** Foreign keys (tree parents included) whose target is `model` and whose `onDelete` is the given one. */
export function referencesTo(registry: Registry, model: ModelClass, onDelete: OnDelete): Reference[] {
  let byKey = memo.get(registry);
  if (!byKey) memo.set(registry, (byKey = new Map()));
  const key = `${model.label} ${onDelete}`;
  let refs = byKey.get(key);
  if (!refs) {
    refs = [];
    for (const other of registry.models.values())
      for (const [name, spec] of Object.entries(fieldsOf(other))) {
        if (spec.kind !== 'related' || spec.onDelete !== onDelete) continue;
        if ((spec.selfRef ? other : spec.target!()) === model) refs.push({ model: other, column: columnOf(name, spec)! });
      }
    byKey.set(key, refs);
  }
  return refs;
}
