/**
 * A request scope without HTTP, so the transport-free operations can be driven directly (as the
 * CLI or an importer would): the superuser the test app created, a fresh request id and queue.
 */
import { randomUUID } from 'node:crypto';
import { asValue } from 'awilix';
import type { RequestCradle, Resource } from '@patchbay/core';
import { EventQueue } from '@patchbay/core';
import type { TestApp } from '@patchbay/core/testing';

export async function superuserCradle(t: TestApp): Promise<RequestCradle> {
  const admin = await t.knex('users_user').select('id', 'username').where('username', 'admin').first();
  const scope = t.patchbay.container.createScope<RequestCradle>();
  scope.register({
    requestId: asValue(randomUUID()),
    user: asValue({ id: Number(admin.id), username: String(admin.username), is_superuser: true, is_active: true, groups: [] }),
    token: asValue(null),
    eventQueue: asValue(new EventQueue()),
    baseUrl: asValue(''),
  });
  return scope.cradle;
}

/** The registered resource behind an API path prefix and slug (`plugins/acl`, `access-lists`). */
export function resourceOf(t: TestApp, key: string): Resource {
  return t.patchbay.registry.resources.require(key);
}
