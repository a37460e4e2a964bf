/**
 * Test databases. PGlite: one in-memory instance per test worker (booting one costs seconds),
 * shared by every app in that worker, each app in a schema of its own. PostgreSQL (when
 * DATABASE_URL is set): a schema per app in that database, dropped on close.
 */
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { PGlite } from '@electric-sql/pglite';
import { createKnex, createPGlite } from '../db/create-knex.js';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** The databases this run covers: PATCHBAY_TEST_DB, else PostgreSQL when DATABASE_URL is set, else PGlite. */
export function testDatabases(): TestDatabaseKind[] {
  const forced = process.env.PATCHBAY_TEST_DB;
  if (forced === 'both') return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  if (forced === 'pglite' || forced === 'postgres') return [forced];
  return process.env.DATABASE_URL ? ['postgres'] : ['pglite'];
}

const globalState = globalThis as unknown as { __patchbayPglite?: Promise<PGlite> };

function sharedPglite(): Promise<PGlite> {
  globalState.__patchbayPglite ??= createPGlite('memory');
  return globalState.__patchbayPglite;
}

export interface TestDatabase {
  kind: TestDatabaseKind;
  knex: Knex;
  schema: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  if (kind === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('PostgreSQL tests need DATABASE_URL');
    const admin = await createKnex({ databaseUrl: url, pool: { min: 0, max: 1 } });
    await admin.raw(`CREATE SCHEMA "${schema}"`);
    await admin.destroy();
    const knex = await createKnex({ databaseUrl: url, searchPath: schema, pool: { min: 0, max: 5 } });
    return {
      kind, knex, schema,
      async drop() {
        await knex.raw(`DROP SCHEMA "${schema}" CASCADE`);
        await knex.destroy();
      },
    };
  }
  const pglite = await sharedPglite();
  await pglite.exec(`CREATE SCHEMA "${schema}"`);
  const knex = await createKnex({ pglite, searchPath: schema });
  return {
    kind, knex, schema,
    async drop() {
      await knex.destroy();
      await pglite.exec(`DROP SCHEMA "${schema}" CASCADE`);
    },
  };
}
