/**
 * Keeps every object's `custom_field_data` in step with the custom fields (NetBox's
 * extras/signals.py handlers): one set-based UPDATE per affected model table, inside the custom
 * field write's transaction. Like NetBox's `.update()`, these do not touch `last_updated`.
 */
import { featuresOf, type Knex, type Registry } from '@patchbay/core';

/** Tables of the given model labels that hold custom field data. */
function tablesOf(registry: Registry, labels: readonly string[]): string[] {
  const out = new Set<string>();
  for (const label of labels) {
    const model = registry.models.get(label);
    if (model && featuresOf(model).has('custom_fields')) out.add(model.tableName);
  }
  return [...out];
}

/** populate_initial_data(): sets the key to the default (JSON null when none) on every object. */
export async function populateField(trx: Knex, registry: Registry, labels: readonly string[], name: string, dflt: unknown): Promise<void> {
  const value = JSON.stringify(dflt ?? null);
  for (const table of tablesOf(registry, labels))
    await trx.raw('UPDATE ?? SET custom_field_data = jsonb_set(custom_field_data, ARRAY[?::text], ?::jsonb)', [table, name, value]);
}

/** remove_stale_data(): drops the key from every object that has it. */
export async function removeField(trx: Knex, registry: Registry, labels: readonly string[], name: string): Promise<void> {
  for (const table of tablesOf(registry, labels))
    await trx.raw('UPDATE ?? SET custom_field_data = custom_field_data - ?::text WHERE (custom_field_data -> ?::text) IS NOT NULL', [table, name, name]);
}

/** rename_object_data(): moves the value from the old key to the new one. */
export async function renameField(trx: Knex, registry: Registry, labels: readonly string[], from: string, to: string): Promise<void> {
  for (const table of tablesOf(registry, labels))
    await trx.raw(
      'UPDATE ?? SET custom_field_data = (custom_field_data - ?::text) || jsonb_build_object(?::text, custom_field_data -> ?::text) WHERE (custom_field_data -> ?::text) IS NOT NULL',
      [table, from, to, from, from],
    );
}
