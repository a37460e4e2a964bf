/**
 * The knex instance: `pg` against DATABASE_URL, else an embedded PGlite (same SQL, same network
 * types). Types are parsed so that bigint ids and counts come back as numbers.
 */
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import ClientPGLite from 'knex-pglite';

// int8 (ids, counts) as numbers: ids stay far below 2^53; numeric stays a string → parsed by fields.
pg.types.setTypeParser(20, (v: string) => Number(v));
pg.types.setTypeParser(1016 as never, (v: string) => (v === '{}' ? [] : v.slice(1, -1).split(',').map(Number)));

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Directory for PGlite's files; 'memory' for an in-memory database. */
  dataDir?: string;
  /** Share an existing PGlite instance (tests: one per worker). */
  pglite?: PGlite;
  /** Schema to use (tests isolate by schema). */
  searchPath?: string;
  pool?: { min: number; max: number };
}

const PGLITE_PARSERS = {
  20: (v: string) => Number(v),
  1016: (v: string) => (v === '{}' ? [] : v.slice(1, -1).split(',').map(Number)),
};

/** Creates a PGlite instance whose type parsing matches node-postgres as configured above. */
export async function createPGlite(dataDir: string | 'memory'): Promise<PGlite> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const db = new PGlite(dataDir === 'memory' ? undefined : path.resolve(dataDir), { parsers: PGLITE_PARSERS });
  await db.waitReady;
  return db;
}

export async function createKnex(opts: DatabaseOptions): Promise<Knex> {
  if (opts.databaseUrl) {
    return knexFactory({
      client: 'pg',
      connection: opts.databaseUrl,
      searchPath: opts.searchPath ? [opts.searchPath] : undefined,
      pool: opts.pool ?? { min: 0, max: 10 },
      acquireConnectionTimeout: 30000,
    });
  }
  const shared = Boolean(opts.pglite);
  const pglite = opts.pglite ?? (await createPGlite(opts.dataDir ?? './data/pglite'));
  return knexFactory({
    client: pgliteClient(opts.searchPath, shared) as unknown as typeof knexFactory.Client,
    connection: { pglite } as unknown as Knex.StaticConnectionConfig,
    acquireConnectionTimeout: 30000,
  });
}

/** The schema each shared PGlite is currently set to, so a switch costs one SET only when needed. */
const currentPath = new WeakMap<object, string>();

/**
 * knex-pglite, adapted: several knex instances may share one PGlite (tests isolate by schema), so
 * the search path is set per statement when it differs from the connection's; and a shared PGlite
 * outlives the knex instances that use it.
 */
function pgliteClient(searchPath: string | undefined, shared: boolean) {
  const Base = ClientPGLite as unknown as new (config: unknown) => Record<string, unknown>;
  const path = searchPath ?? 'public';
  class Client extends Base {
    async _query(connection: { query(sql: string): Promise<unknown> }, obj: unknown) {
      if (currentPath.get(connection) !== path) {
        await connection.query(`set search_path to "${path}"`);
        currentPath.set(connection, path);
      }
      return (Base.prototype._query as (c: unknown, o: unknown) => Promise<unknown>).call(this, connection, obj);
    }
    async setSchemaSearchPath() {
      return true;
    }
    async destroyRawConnection(connection: { close(): Promise<void> }) {
      if (!shared) await connection.close();
    }
  }
  return Client;
}

/** True when knex talks to an embedded PGlite. */
export function isEmbedded(knex: Knex): boolean {
  return knex.client.config.client !== 'pg';
}
