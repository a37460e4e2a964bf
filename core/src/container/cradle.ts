/** The typed awilix cradle: what the root container and each request scope provide. */
import type { AwilixContainer } from 'awilix';
import type { Knex } from 'knex';
import type { PatchbayConfig } from '../config/schema.js';
import type { Registry } from '../registry/registry.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import type { Signals } from '../signals/signals.js';
import type { EventBus, EventQueue } from '../events/event-queue.js';
import type { PermissionService } from '../auth/permissions.js';
import type { AuthenticatedUser, AuthenticatedToken } from '../auth/types.js';
import type { Logger } from '../logger.js';

export interface RootCradle {
  config: PatchbayConfig;
  registry: Registry;
  /** Plugins in boot (dependency) order. */
  plugins: readonly PluginDefinition[];
  knex: Knex;
  signals: Signals;
  eventBus: EventBus;
  permissions: PermissionService;
  logger: Logger;
}

export interface RequestCradle extends RootCradle {
  requestId: string;
  user: AuthenticatedUser | null;
  token: AuthenticatedToken | null;
  eventQueue: EventQueue;
  /** `http://host:port` of the request, for absolute URLs; '' in events and the change log. */
  baseUrl: string;
}

export type RootContainer = AwilixContainer<RootCradle>;
export type RequestScope = AwilixContainer<RequestCradle>;
