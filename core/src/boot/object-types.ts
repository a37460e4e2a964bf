/** Keeps `core_objecttype` in step with the registry: one row per registered model, with its features. */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';
import { featuresOf } from '../models/base-model.js';

export async function syncObjectTypes(knex: Knex, registry: Registry): Promise<void> {
  const rows = registry.models.values().map((m) => {
    const [app_label, model] = m.label.split('.');
    return { app_label, model, public: true, features: [...featuresOf(m)].sort() };
  });
  if (rows.length === 0) return;
  await knex('core_objecttype').insert(rows).onConflict(['app_label', 'model']).merge(['public', 'features']);
}
