/**
 * createTestApp: boots Patchbay with the given plugins on an isolated test database, serves it on
 * a loopback port, and hands back an authenticated client (a superuser's v1 token).
 */
import http from 'node:http';
import type { Knex } from 'knex';
import { boot, type Patchbay } from '../boot/boot.js';
import { parseConfig } from '../config/load-config.js';
import type { PatchbayConfigInput } from '../config/schema.js';
import type { PluginDefinition } from '../plugin/define-plugin.js';
import { consoleLogger, silentLogger } from '../logger.js';
import { QueryCounter } from '../db/query-counter.js';
import { createTestDatabase, testDatabases, type TestDatabaseKind } from './database.js';
import { TestClient, listen } from './http-client.js';
import { newV1Token, tokenDigest } from '../auth/tokens.js';
import { snapshotDatabase, type DatabaseSnapshot } from './snapshot.js';

export interface TestApp {
  patchbay: Patchbay;
  knex: Knex;
  database: TestDatabaseKind;
  /** Client authenticated as the superuser. */
  api: TestClient;
  /** Client with no credentials. */
  anonymous: TestClient;
  baseUrl: string;
  queries: QueryCounter;
  /** Creates a user (not superuser) with the given object permissions and returns a client for it. */
  createUser(opts?: { username?: string; permissions?: TestPermission[]; writeEnabled?: boolean }): Promise<{ id: number; client: TestClient; token: string }>;
  /**
   * Snapshots the app's database as it is now; `restore()` later puts it back (see snapshot.ts).
   * Used by describeApiViewSet to run `setup` once per file instead of once per test.
   */
  snapshot(): Promise<DatabaseSnapshot>;
  close(): Promise<void>;
}

export interface TestPermission {
  objectTypes: string[];
  actions: string[];
  constraints?: unknown;
}

export interface TestAppOptions {
  plugins?: readonly PluginDefinition[];
  config?: PatchbayConfigInput;
  database?: TestDatabaseKind;
}

let userSeq = 0;

export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const database = opts.database ?? testDatabases()[0]!;
  const db = await createTestDatabase(database);
  const config = parseConfig({ secretKey: 'test-secret-key-0123456789abcdef', ...(opts.config ?? {}) });
  let patchbay: Patchbay;
  try {
    patchbay = await boot({ config, plugins: opts.plugins ?? [], knex: db.knex, logger: process.env.PATCHBAY_TEST_LOG ? consoleLogger : silentLogger });
  } catch (err) {
    await db.drop();
    throw err;
  }
  const server = http.createServer(patchbay.app.callback());
  const baseUrl = await listen(server);
  const knex = db.knex;

  async function insertUser(username: string, superuser: boolean, writeEnabled = true): Promise<{ id: number; token: string }> {
    const [user] = await knex('users_user').insert({ username, is_superuser: superuser, is_staff: superuser }).returning('id');
    const token = newV1Token();
    await knex('users_token').insert({ user_id: user.id, version: 1, hmac_digest: tokenDigest(patchbay.secretKey, token), write_enabled: writeEnabled });
    return { id: Number(user.id), token };
  }

  const admin = await insertUser('admin', true);
  const api = new TestClient(baseUrl, `Token ${admin.token}`);
  const queries = new QueryCounter(knex);
  let snapshot: DatabaseSnapshot | undefined;

  return {
    patchbay, knex, database, api, baseUrl, queries,
    anonymous: api.as(null),
    async createUser(o = {}) {
      const username = o.username ?? `user${++userSeq}`;
      const user = await insertUser(username, false, o.writeEnabled ?? true);
      for (const [i, perm] of (o.permissions ?? []).entries()) {
        const [p] = await knex('users_objectpermission')
          .insert({ name: `${username}-perm-${i}`, actions: perm.actions, constraints: perm.constraints === undefined ? null : JSON.stringify(perm.constraints) })
          .returning('id');
        for (const label of perm.objectTypes) {
          const [app_label, model] = label.split('.');
          const ot = await knex('core_objecttype').select('id').where({ app_label, model }).first();
          if (!ot) throw new Error(`unknown object type ${label}`);
          await knex('users_objectpermission_object_types').insert({ objectpermission_id: p.id, objecttype_id: ot.id });
        }
        await knex('users_objectpermission_users').insert({ objectpermission_id: p.id, user_id: user.id });
      }
      return { id: user.id, token: user.token, client: api.as(`Token ${user.token}`) };
    },
    async snapshot() {
      if (snapshot) throw new Error('createTestApp: this app already has a snapshot');
      snapshot = await snapshotDatabase(knex, db.schema);
      return snapshot;
    },
    async close() {
      queries.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await patchbay.close();
      await snapshot?.drop();
      await db.drop();
    },
  };
}
