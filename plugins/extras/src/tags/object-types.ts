/**
 * `object_types` of a tag are written as "app.model" labels of models that take tags (NetBox's
 * ContentTypeField over ObjectType.objects.with_feature('tags')) and stored as core_objecttype ids.
 */
import { ValidationError, featuresOf, type Knex, type Registry } from '@patchbay/core';

/** Turns written labels into core_objecttype ids, with NetBox's messages. */
export async function objectTypeIds(trx: Knex, registry: Registry, value: unknown, feature: string): Promise<number[]> {
  const fail = (msg: string) => ValidationError.field('object_types', msg);
  if (value === null) throw fail('This field may not be null.');
  if (!Array.isArray(value)) throw fail(`Expected a list of items but got type "${typeof value === 'string' ? 'str' : typeof value === 'object' ? 'dict' : typeof value}".`);
  const labels = [...new Set(value)];
  for (const label of labels) {
    if (typeof label !== 'string' || label.split('.').length !== 2)
      throw fail(`Invalid value. Specify a content type as '<app_label>.<model_name>'.`);
    const model = registry.models.get(label);
    if (!model || !featuresOf(model).has(feature)) throw fail(`Content type ${label} not found`);
  }
  if (!labels.length) return [];
  const rows: { id: number; label: string }[] = await trx('core_objecttype')
    .select('id', trx.raw(`app_label || '.' || model as label`))
    .whereRaw(`app_label || '.' || model = ANY(?)`, [labels]);
  const byLabel = new Map(rows.map((r) => [r.label, Number(r.id)]));
  const missing = (labels as string[]).find((l) => !byLabel.has(l));
  if (missing) throw fail(`Content type ${missing} not found`);
  return (labels as string[]).map((l) => byLabel.get(l)!);
}
