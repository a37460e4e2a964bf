/**
 * Database snapshots for tests: booting an app (running every plugin's migrations) and making
 * fixtures through the API cost about a second per test, while most tests only need "the data
 * right after setup". A snapshot copies the test schema's non-empty tables and every sequence's
 * position into a sibling schema once; `restore()` then puts back only the tables written since
 * (statement-level triggers record them), in one server-side call of a few milliseconds.
 *
 * The restore runs with `session_replication_role = replica`, so foreign keys and the app's own
 * triggers stay quiet while rows are deleted and copied back; the test roles (PGlite's and CI's
 * `postgres`) are superusers, which that setting needs. Sequences are all reset, because a rolled
 * back insert advances them too.
 */
import type { Knex } from 'knex';

export interface DatabaseSnapshot {
  /** Puts the schema back to the moment of the snapshot. */
  restore(): Promise<void>;
  /** Removes the snapshot schema and the recording triggers' function. */
  drop(): Promise<void>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Snapshots `schema` (the test app's search path) into `<schema>_snap`. */
export async function snapshotDatabase(knex: Knex, schema: string): Promise<DatabaseSnapshot> {
  const snap = `${schema}_snap`;
  const z = ident(snap);
  const statements = [
    `CREATE SCHEMA ${z}`,
    `CREATE TABLE ${z}._dirty (name text PRIMARY KEY)`,
    `CREATE TABLE ${z}._tables (name text PRIMARY KEY, cols text NOT NULL, copied boolean NOT NULL)`,
    `CREATE TABLE ${z}._sequences (name text PRIMARY KEY, last_value bigint NOT NULL, is_called boolean NOT NULL)`,
    `CREATE FUNCTION ${z}.mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      INSERT INTO ${z}._dirty VALUES (TG_TABLE_NAME) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $fn$;`,
    `DO $do$
    DECLARE
      t record;
      cols text;
      n bigint;
      seq record;
    BEGIN
      FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
               WHERE ns.nspname = '${schema}' AND c.relkind IN ('r', 'p') LOOP
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
          FROM information_schema.columns
         WHERE table_schema = '${schema}' AND table_name = t.relname AND is_generated = 'NEVER';
        EXECUTE format('SELECT count(*) FROM %I.%I', '${schema}', t.relname) INTO n;
        IF n > 0 THEN
          EXECUTE format('CREATE TABLE %I.%I AS SELECT %s FROM %I.%I', '${snap}', t.relname, cols, '${schema}', t.relname);
        END IF;
        INSERT INTO ${z}._tables VALUES (t.relname, cols, n > 0);
        EXECUTE format('CREATE TRIGGER _snapshot_dirty AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION %I.mark_dirty()', '${schema}', t.relname, '${snap}');
      END LOOP;
      FOR seq IN SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
                 WHERE ns.nspname = '${schema}' AND c.relkind = 'S' LOOP
        EXECUTE format('INSERT INTO %I._sequences SELECT %L, last_value, is_called FROM %I.%I', '${snap}', seq.relname, '${schema}', seq.relname);
      END LOOP;
    END $do$;`,
    `CREATE FUNCTION ${z}.restore() RETURNS void LANGUAGE plpgsql AS $fn$
    DECLARE
      t record;
      seq record;
    BEGIN
      SET LOCAL session_replication_role = replica;
      FOR t IN SELECT tb.name, tb.cols, tb.copied FROM ${z}._dirty d JOIN ${z}._tables tb USING (name) LOOP
        EXECUTE format('DELETE FROM %I.%I', '${schema}', t.name);
        IF t.copied THEN
          EXECUTE format('INSERT INTO %I.%I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM %I.%I', '${schema}', t.name, t.cols, t.cols, '${snap}', t.name);
        END IF;
      END LOOP;
      DELETE FROM ${z}._dirty;
      FOR seq IN SELECT * FROM ${z}._sequences LOOP
        PERFORM setval(format('%I.%I', '${schema}', seq.name), seq.last_value, seq.is_called);
      END LOOP;
    END $fn$;`,
  ];
  for (const sql of statements) await knex.raw(sql);
  // Writes made by the snapshot itself are not changes to undo.
  await knex.raw(`DELETE FROM ${z}._dirty`);
  return {
    async restore() {
      await knex.raw(`SELECT ${z}.restore()`);
    },
    async drop() {
      await knex.raw(`DROP SCHEMA ${z} CASCADE`);
    },
  };
}
