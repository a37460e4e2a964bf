/**
 * Tables of the config area: config contexts with their thirteen scope join tables (NetBox's
 * names), config templates, and the `config_template_id` foreign keys NetBox puts on devices,
 * device roles, platforms and virtual machines (SET NULL when the template goes).
 */
import { changeLoggedColumns, type Migration } from '@patchbay/core';
import { SCOPES } from '../services/scopes.js';

/** Tables that get a `config_template_id` column. */
export const CONFIG_TEMPLATE_TABLES = ['dcim_device', 'dcim_devicerole', 'dcim_platform', 'virtualization_virtualmachine'] as const;

export const createConfigTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('extras_configcontext', (t) => {
      changeLoggedColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.integer('weight').notNullable().defaultTo(1000);
      t.string('description', 200).notNullable().defaultTo('');
      t.boolean('is_active').notNullable().defaultTo(true);
      t.jsonb('data').notNullable();
      t.index(['weight', 'name']);
    });
    for (const s of SCOPES) {
      await knex.schema.createTable(s.table, (t) => {
        t.bigIncrements('id').primary();
        t.bigInteger('configcontext_id').notNullable().references('id').inTable('extras_configcontext').onDelete('CASCADE');
        t.bigInteger(s.column).notNullable().references('id').inTable(s.target).onDelete('CASCADE');
        t.unique(['configcontext_id', s.column]);
        t.index([s.column]);
      });
    }
    await knex.schema.createTable('extras_configtemplate', (t) => {
      changeLoggedColumns(t, knex);
      t.string('name', 100).notNullable();
      t.string('description', 200).notNullable().defaultTo('');
      t.jsonb('environment_params').nullable().defaultTo('{}');
      t.text('template_code').notNullable();
      t.index(['name']);
    });
    for (const table of CONFIG_TEMPLATE_TABLES) {
      await knex.schema.alterTable(table, (t) => {
        t.bigInteger('config_template_id').nullable().references('id').inTable('extras_configtemplate').onDelete('SET NULL');
        t.index(['config_template_id']);
      });
    }
  },
  async down(knex) {
    for (const table of CONFIG_TEMPLATE_TABLES) await knex.schema.alterTable(table, (t) => t.dropColumn('config_template_id'));
    await knex.schema.dropTableIfExists('extras_configtemplate');
    for (const s of SCOPES) await knex.schema.dropTableIfExists(s.table);
    await knex.schema.dropTableIfExists('extras_configcontext');
  },
};
