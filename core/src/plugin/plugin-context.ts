/** What a plugin's `setup` / `teardown` receives: the booted platform, read-only where it matters. */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';
import type { RootContainer } from '../container/cradle.js';
import type { Signals } from '../signals/signals.js';
import type { EventBus } from '../events/event-queue.js';
import type { Logger } from '../logger.js';
import type { PatchbayConfig } from '../config/schema.js';

export interface PluginContext {
  readonly name: string;
  /** This plugin's settings: its defaults merged under the operator's pluginsConfig entry. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly registry: Registry;
  readonly container: RootContainer;
  readonly knex: Knex;
  readonly signals: Signals;
  readonly eventBus: EventBus;
  readonly logger: Logger;
  readonly config: PatchbayConfig;
}
