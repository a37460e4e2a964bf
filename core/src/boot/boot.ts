/**
 * Boot: register (sync, no I/O) → freeze → migrate → setup → serve. Returns the running platform;
 * `close()` runs teardown in reverse and releases the database.
 */
import type Koa from 'koa';
import type { Knex } from 'knex';
import { asValue, createContainer, InjectionMode } from 'awilix';
import type { PatchbayConfig } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import { registerPlugins } from '../plugin/load-plugins.js';
import { PluginError } from '../errors.js';
import type { Registry } from '../registry/registry.js';
import type { RootContainer, RootCradle } from '../container/cradle.js';
import { createKnex } from '../db/create-knex.js';
import { migrate } from '../db/migrations.js';
import { Signals } from '../signals/signals.js';
import { EventBus } from '../events/event-queue.js';
import { createPermissionService } from '../auth/permissions.js';
import { consoleLogger, type Logger } from '../logger.js';
import { createApp } from '../api/create-app.js';
import { corePlugin } from '../apps/core/index.js';
import { usersPlugin } from '../apps/users/index.js';
import { syncObjectTypes } from './object-types.js';
import { resolveSecretKey } from './secret-key.js';
import type { PluginContext } from '../plugin/plugin-context.js';
import { coreRouteMounters } from './route-mounters.js';

export interface BootOptions {
  config: PatchbayConfig;
  /** Enabled plugins (core and users are always first). */
  plugins: readonly PluginDefinition[];
  /** A ready knex (tests share one database); default: created from config. */
  knex?: Knex;
  logger?: Logger;
  /** Run migrations (default true). */
  migrate?: boolean;
}

export interface Patchbay {
  app: Koa;
  container: RootContainer;
  registry: Registry;
  knex: Knex;
  secretKey: string;
  close(): Promise<void>;
}

/** The built-in apps every instance has. */
export const BUILTIN_PLUGINS: readonly PluginDefinition[] = [corePlugin, usersPlugin];

export async function boot(opts: BootOptions): Promise<Patchbay> {
  const logger = opts.logger ?? consoleLogger;
  const all = [...BUILTIN_PLUGINS, ...opts.plugins];
  // register + freeze: synchronous, before any I/O
  const { registry, ordered } = registerPlugins(all, { pluginsConfig: opts.config.pluginsConfig });

  const knex = opts.knex ?? (await createKnex({ databaseUrl: opts.config.databaseUrl, dataDir: `${opts.config.dataDir}/pglite` }));
  const container: RootContainer = createContainer<RootCradle>({ injectionMode: InjectionMode.PROXY, strict: true });
  container.register({
    config: asValue(opts.config),
    registry: asValue(registry),
    plugins: asValue(ordered),
    knex: asValue(knex),
    signals: asValue(new Signals()),
    eventBus: asValue(new EventBus()),
    permissions: asValue(createPermissionService()),
    logger: asValue(logger),
  });
  for (const p of ordered) {
    for (const [key, resolver] of Object.entries(p.services ?? {})) {
      if (container.hasRegistration(key))
        throw new PluginError('PB_CONTAINER_DUPLICATE_KEY', `Plugin "${p.name}" registers service "${key}", which already exists.`);
      container.register(key, resolver);
    }
  }

  if (opts.migrate !== false) await migrate(knex, ordered);
  await syncObjectTypes(knex, registry);
  const secretKey = await resolveSecretKey(knex, opts.config.secretKey);

  const contexts = new Map<string, PluginContext>();
  for (const p of ordered) {
    const ctx: PluginContext = {
      name: p.name,
      settings: registry.plugins.require(p.name).settings,
      registry,
      container,
      knex,
      signals: container.cradle.signals,
      eventBus: container.cradle.eventBus,
      logger,
      config: opts.config,
    };
    contexts.set(p.name, ctx);
    await p.setup?.(ctx);
  }

  const app = createApp(container, { secretKey: () => secretKey, mounters: coreRouteMounters });
  let closed = false;
  return {
    app,
    container,
    registry,
    knex,
    secretKey,
    async close() {
      if (closed) return;
      closed = true;
      for (const p of [...ordered].reverse()) await p.teardown?.(contexts.get(p.name)!);
      if (!opts.knex) await knex.destroy();
    },
  };
}
