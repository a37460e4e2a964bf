/**
 * One migration source over every plugin: plugins in dependency order, each plugin's migrations in
 * name order, all recorded in one table (`patchbay_migrations`) as `<plugin>/<name>`.
 */
import type { Knex } from 'knex';
import type { Migration, PluginDefinition } from '../plugin/define-plugin.js';

interface Entry {
  name: string;
  migration: Migration;
}

export class PluginMigrationSource implements Knex.MigrationSource<Entry> {
  constructor(private readonly plugins: readonly PluginDefinition[]) {}

  async getMigrations(): Promise<Entry[]> {
    return this.plugins.flatMap((p) =>
      Object.keys(p.migrations ?? {})
        .sort()
        .map((name) => ({ name: `${p.name}/${name}`, migration: p.migrations![name]! })),
    );
  }

  getMigrationName(entry: Entry): string {
    return entry.name;
  }

  async getMigration(entry: Entry): Promise<Knex.Migration> {
    return { up: (knex) => entry.migration.up(knex), down: (knex) => (entry.migration.down ?? (async () => {}))(knex) };
  }
}

export const MIGRATIONS_TABLE = 'patchbay_migrations';

/** Applies every pending migration of the enabled plugins; returns the names applied. */
export async function migrate(knex: Knex, plugins: readonly PluginDefinition[]): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({
    migrationSource: new PluginMigrationSource(plugins),
    tableName: MIGRATIONS_TABLE,
    // knex would complain that migrations of plugins disabled since are missing; they stay recorded.
    disableMigrationsListValidation: true,
  })) as [number, string[]];
  return applied;
}
