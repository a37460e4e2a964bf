/**
 * Write steps of `/api/users/permissions/`: `object_types` are written as "app.model" labels of
 * registered models (stored as links to core_objecttype), and the constraints must name fields
 * every selected model has — a typo would otherwise silently grant nothing.
 */
import type { Knex } from 'knex';
import type { WriteHooks } from '../../api/resource.js';
import type { Registry } from '../../registry/registry.js';
import { ValidationError } from '../../errors.js';
import { checkConstraintPaths, constraintSets, ConstraintError } from '../../auth/constraints.js';

/** Turns written labels into core_objecttype ids; NetBox's ContentTypeField wording on failure. */
async function objectTypeIds(trx: Knex, registry: Registry, value: unknown): Promise<number[]> {
  if (!Array.isArray(value)) throw ValidationError.field('object_types', `Expected a list of items but got type "${value === null ? 'null' : typeof value}".`);
  if (value.length === 0) throw ValidationError.field('object_types', 'This list may not be empty.');
  const labels = [...new Set(value)];
  for (const label of labels) {
    if (typeof label !== 'string' || !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(label))
      throw ValidationError.field('object_types', `Invalid value. Specify a content type as '<app_label>.<model_name>'.`);
    if (!registry.models.has(label)) throw ValidationError.field('object_types', `Content type ${label} not found`);
  }
  const rows: { id: number; label: string }[] = await trx('core_objecttype')
    .select('id', trx.raw(`app_label || '.' || model as label`))
    .whereRaw(`app_label || '.' || model = ANY(?)`, [labels]);
  const byLabel = new Map(rows.map((r) => [r.label, Number(r.id)]));
  const missing = (labels as string[]).find((l) => !byLabel.has(l));
  if (missing) throw ValidationError.field('object_types', `Content type ${missing} not found`);
  return (labels as string[]).map((l) => byLabel.get(l)!);
}

export const permissionWriteHooks: WriteHooks = {
  async prepare({ c, trx, body }) {
    if (body.object_types === undefined) return body;
    return { ...body, object_types: await objectTypeIds(trx, c.registry, body.object_types) };
  },

  async beforeSave({ c, trx, parsed, prev }) {
    const raw = 'constraints' in parsed.values ? parsed.values.constraints : prev?.constraints;
    let sets;
    try {
      sets = constraintSets(typeof raw === 'string' ? JSON.parse(raw) : raw);
    } catch (err) {
      if (err instanceof ConstraintError) throw ValidationError.field('constraints', err.message);
      throw err;
    }
    if (!sets) return;
    const typeIds = parsed.many.object_types
      ?? (prev ? (await trx('users_objectpermission_object_types').where('objectpermission_id', prev.id as number).pluck('objecttype_id')).map(Number) : []);
    const types: { app_label: string; model: string }[] = await trx('core_objecttype').select('app_label', 'model').whereIn('id', typeIds);
    for (const t of types) {
      const model = c.registry.models.get(`${t.app_label}.${t.model}`);
      if (!model) continue;
      try {
        checkConstraintPaths(model, sets);
      } catch (err) {
        if (err instanceof ConstraintError) throw ValidationError.field('constraints', `Invalid filter for ${model.label}: ${err.message}`);
        throw err;
      }
    }
  },
};
