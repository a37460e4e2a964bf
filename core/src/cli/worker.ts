/**
 * `patchbay worker [--queue <name>]…`: boots the platform (migrating first, as serve does, so a
 * worker started before the API works), then runs the job loop until SIGTERM/SIGINT. A first
 * signal lets the current job finish and deregisters; a second one exits at once (the job is put
 * back by another worker once this one's heartbeat is stale).
 */
import type { PatchbayConfig } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import { boot } from '../boot/boot.js';
import { consoleLogger } from '../logger.js';
import { runWorkerLoop } from '../jobs/worker-loop.js';
import { PatchbayError } from '../errors.js';

/** Parses `--queue a --queue b` / `--queue=a,b`; anything else is a usage error. */
export function parseWorkerArgs(args: readonly string[]): { queues?: string[] } {
  const queues: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg.startsWith('--queue=') ? arg.slice('--queue='.length) : arg === '--queue' || arg === '-q' ? args[++i] : undefined;
    if (value === undefined || value === '')
      throw new PatchbayError('PB_CLI_USAGE', 2, { detail: `worker: unexpected argument "${arg}" (usage: patchbay worker [--queue <name>]…)` });
    queues.push(...value.split(',').filter(Boolean));
  }
  return queues.length ? { queues } : {};
}

export async function workerCommand(config: PatchbayConfig, plugins: PluginDefinition[], args: readonly string[] = process.argv.slice(3)): Promise<void> {
  const { queues } = parseWorkerArgs(args);
  const patchbay = await boot({ config, plugins, logger: consoleLogger });
  if (!config.databaseUrl)
    consoleLogger.warn('the worker runs on the embedded PGlite database: only this process can open it, so no API can serve it meanwhile; set DATABASE_URL');
  consoleLogger.info(`job handlers: ${patchbay.registry.jobs.keys().join(', ') || '(none)'}`);
  const stop = new AbortController();
  const onSignal = (sig: string) => {
    if (stop.signal.aborted) {
      consoleLogger.warn(`${sig} again: exiting without waiting for the current job`);
      process.exit(1);
    }
    consoleLogger.info(`${sig}: finishing the current job, then stopping`);
    stop.abort();
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
  try {
    await runWorkerLoop({ knex: patchbay.knex, registry: patchbay.registry, container: patchbay.container, signal: stop.signal, logger: consoleLogger, queues });
  } finally {
    await patchbay.close();
  }
}
