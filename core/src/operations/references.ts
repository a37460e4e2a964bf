/**
 * The foreign keys and cascading generic references that point at a model, by what happens on
 * delete. Deletes consult them (which rows protect an object, which rows cascade with it); the
 * registry is frozen after boot, so each answer is computed once per registry and model.
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

/** A generic (`<x>_type`, `<x>_id`) reference whose rows the database deletes with their target. */
export interface GenericReference {
  /** The model holding the reference. */
  model: ModelClass;
  typeColumn: string;
  idColumn: string;
}

const memo = new WeakMap<Registry, Map<string, Reference[]>>();
const genericMemo = new WeakMap<Registry, Map<string, GenericReference[]>>();

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

/**
 * Generic references with `onDelete: 'cascade'` that may point at `model` (its label among the
 * field's allowed types, or any model when none are declared) and whose rows go when a `model` row
 * goes: `direct` is whether that row is deleted itself (signals run) rather than by a cascade
 * (only triggers run), see FieldSpec.cascadeFrom.
 */
export function genericCascadesTo(registry: Registry, model: ModelClass, direct: boolean): GenericReference[] {
  let byKey = genericMemo.get(registry);
  if (!byKey) genericMemo.set(registry, (byKey = new Map()));
  const key = `${model.label} ${direct}`;
  let refs = byKey.get(key);
  if (!refs) {
    refs = [];
    for (const other of registry.models.values()) {
      const fields = fieldsOf(other);
      for (const spec of Object.values(fields)) {
        if (spec.kind !== 'generic' || spec.onDelete !== 'cascade' || !spec.typeColumn || !spec.idColumn) continue;
        const allowed = (spec.allowedTypes ?? fields[spec.typeColumn]?.allowedTypes)?.();
        if (allowed && !allowed.includes(model.label)) continue;
        const goes = spec.cascadeFrom ? spec.cascadeFrom(model) : true;
        if (goes === true || (goes === 'direct' && direct))
          refs.push({ model: other, typeColumn: spec.typeColumn, idColumn: spec.idColumn });
      }
    }
    byKey.set(key, refs);
  }
  return refs;
}
