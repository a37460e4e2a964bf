/** `patchbay serve`: boot (migrating first), create the configured superuser, listen. */
import http from 'node:http';
import type { PatchbayConfig } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import { boot } from '../boot/boot.js';
import { consoleLogger } from '../logger.js';
import { bootstrapSuperuser } from '../apps/users/bootstrap.js';

export async function serve(config: PatchbayConfig, plugins: PluginDefinition[]): Promise<void> {
  const patchbay = await boot({ config, plugins, logger: consoleLogger });
  if (await bootstrapSuperuser(patchbay.knex, patchbay.secretKey, config))
    consoleLogger.info(`created superuser "${config.superuserName}"`);
  const server = http.createServer(patchbay.app.callback());
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}/pglite`;
  consoleLogger.info(`serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/api/ on ${where}`);
  consoleLogger.info(`plugins: ${patchbay.registry.plugins.keys().join(', ')}`);
  const stop = async () => {
    server.close();
    await patchbay.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
