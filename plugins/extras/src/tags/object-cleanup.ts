/**
 * Removing what points at a deleted object through a generic (label, id) reference — its tagged
 * items, journal entries, bookmarks — as NetBox's GenericRelations do. A statement-level AFTER
 * DELETE trigger on each table of a model with the feature catches every way a row goes: an API
 * delete, a bulk delete, a database cascade (a device's interfaces), a plugin's own SQL. Triggers
 * are installed at setup for the tables that lack them, since models of plugins loaded after
 * extras (ipam, third-party ones) have no tables when extras migrates.
 */
import { featuresOf, type Knex, type ModelClass, type Registry } from '@patchbay/core';

export interface CleanupTrigger {
  /** Trigger name, the same on every table. */
  name: string;
  /** The plpgsql function (created by a migration) that receives the label and `extras_gone`. */
  fn: string;
  appliesTo(model: ModelClass): boolean;
}

/** Models that take a feature, by NetBox's feature name. */
export function withFeature(feature: string): (model: ModelClass) => boolean {
  return (model) => featuresOf(model).has(feature);
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Creates the missing cleanup triggers, all in one statement. */
export async function installCleanupTriggers(knex: Knex, registry: Registry, triggers: CleanupTrigger[]): Promise<void> {
  const existing: { relname: string; tgname: string | null }[] = (await knex.raw(`
    SELECT c.relname, t.tgname FROM pg_class c
    LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname = ANY(?)
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'`, [triggers.map((t) => t.name)])).rows;
  const tables = new Set(existing.map((r) => r.relname));
  const have = new Set(existing.filter((r) => r.tgname).map((r) => `${r.relname}/${r.tgname}`));
  const statements: string[] = [];
  for (const model of registry.models.values()) {
    if (!tables.has(model.tableName)) continue;
    for (const trigger of triggers) {
      if (!trigger.appliesTo(model) || have.has(`${model.tableName}/${trigger.name}`)) continue;
      // OR REPLACE (PostgreSQL 14+): processes booting together may both find it missing.
      statements.push(`CREATE OR REPLACE TRIGGER ${ident(trigger.name)} AFTER DELETE ON ${ident(model.tableName)} `
        + `REFERENCING OLD TABLE AS extras_gone FOR EACH STATEMENT EXECUTE FUNCTION ${ident(trigger.fn)}(${quote(model.label)})`);
    }
  }
  if (!statements.length) return;
  const body = statements.map((s) => `EXECUTE ${quote(s)};`).join('\n');
  await knex.raw(`DO $cleanup$ BEGIN\n${body}\nEND $cleanup$`);
}
