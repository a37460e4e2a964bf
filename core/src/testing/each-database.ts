/**
 * eachDatabase: repeats a block of tests once per database this run covers (PGlite, PostgreSQL or
 * both, see testDatabases), so every suite proves its behaviour on each engine it claims.
 */
import { describe } from 'vitest';
import { testDatabases, type TestDatabaseKind } from './database.js';

/** Runs `fn` inside a `describe` named after each database in `testDatabases()`. */
export function eachDatabase(fn: (database: TestDatabaseKind) => void): void {
  for (const database of testDatabases()) describe(database, () => fn(database));
}
