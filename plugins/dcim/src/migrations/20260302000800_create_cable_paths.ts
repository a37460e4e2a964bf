/**
 * NetBox's CablePath table and the `_path` link every path endpoint keeps to the path that starts
 * at it. Runs after the cable tables (20260302000700). `_nodes` holds every node of the path
 * ("dcim.interface:12", "dcim.cable:3", …) under a GIN index, so "the paths through X" is one
 * indexed `&&` / `@>` query.
 */
import type { Migration } from '@patchbay/core';

/** NetBox's PathEndpoint subclasses: the tables whose rows may originate a path. */
export const PATH_ENDPOINT_TABLES = [
  'dcim_consoleport', 'dcim_consoleserverport', 'dcim_powerport', 'dcim_poweroutlet', 'dcim_interface', 'dcim_powerfeed',
];

export const createCablePaths: Migration = {
  async up(knex) {
    await knex.schema.createTable('dcim_cablepath', (t) => {
      t.bigIncrements('id').primary();
      // [[node, …], [cable node, …], [node, …], …]: near ends, links, far ends, hop after hop.
      t.jsonb('path').notNullable().defaultTo('[]');
      t.boolean('is_active').notNullable().defaultTo(false);
      t.boolean('is_complete').notNullable().defaultTo(false);
      t.boolean('is_split').notNullable().defaultTo(false);
      t.specificType('_nodes', 'text[]').notNullable().defaultTo('{}');
    });
    await knex.raw('CREATE INDEX dcim_cablepath_nodes_gin ON dcim_cablepath USING gin (_nodes)');
    for (const table of PATH_ENDPOINT_TABLES) {
      await knex.schema.alterTable(table, (t) => {
        // NetBox: SET_NULL — deleting a path leaves its origin without one.
        t.bigInteger('_path_id').nullable().references('id').inTable('dcim_cablepath').onDelete('SET NULL');
        t.index(['_path_id']);
      });
    }
  },
  async down(knex) {
    for (const table of PATH_ENDPOINT_TABLES) await knex.schema.alterTable(table, (t) => t.dropColumn('_path_id'));
    await knex.schema.dropTableIfExists('dcim_cablepath');
  },
};
