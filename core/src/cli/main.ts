#!/usr/bin/env -S npx tsx
/** `patchbay serve | migrate | worker | createsuperuser` — the operator's entry point. */
import { loadConfig } from '../config/load-config.js';
import { resolvePlugins } from '../plugin/resolve-plugins.js';
import { PatchbayError } from '../errors.js';
import { consoleLogger } from '../logger.js';
import { serve } from './serve.js';
import { migrateCommand } from './migrate.js';
import { createSuperuserCommand } from './createsuperuser.js';
import { workerCommand } from './worker.js';

const USAGE = `usage: patchbay <command>

  serve            migrate, then serve the API (PORT, default 8000)
  migrate          apply pending migrations of core and every enabled plugin
  worker           run background jobs from the PostgreSQL-backed queue
  createsuperuser  create a superuser interactively
`;

async function main(argv: string[]): Promise<void> {
  const command = argv[0];
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return;
  }
  const { config, baseDir } = await loadConfig();
  const plugins = await resolvePlugins(config.plugins, baseDir);
  switch (command) {
    case 'serve': return serve(config, plugins);
    case 'migrate': return migrateCommand(config, plugins);
    case 'worker': return workerCommand(config, plugins);
    case 'createsuperuser': return createSuperuserCommand(config, plugins);
    default:
      process.stderr.write(`unknown command "${command}"\n${USAGE}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err) => {
  // Boot and configuration errors are one clear line; anything else gets its stack.
  if (err instanceof PatchbayError) consoleLogger.error(`${err.code}: ${err.message}`);
  else consoleLogger.error((err as Error)?.stack ?? String(err));
  process.exit(1);
});
