/** `patchbay migrate`: the register phase (to validate plugins) then every pending migration. */
import type { PatchbayConfig } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import { registerPlugins } from '../plugin/load-plugins.js';
import { BUILTIN_PLUGINS } from '../boot/boot.js';
import { createKnex } from '../db/create-knex.js';
import { migrate } from '../db/migrations.js';
import { consoleLogger } from '../logger.js';

export async function migrateCommand(config: PatchbayConfig, plugins: PluginDefinition[]): Promise<void> {
  const { ordered } = registerPlugins([...BUILTIN_PLUGINS, ...plugins], { pluginsConfig: config.pluginsConfig });
  const knex = await createKnex({ databaseUrl: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
  try {
    const applied = await migrate(knex, ordered);
    consoleLogger.info(applied.length ? `applied ${applied.length} migrations:\n  ${applied.join('\n  ')}` : 'no pending migrations');
  } finally {
    await knex.destroy();
  }
}
