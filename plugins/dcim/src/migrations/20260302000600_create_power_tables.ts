/**
 * Tables of the power area (NetBox's names and columns): power panels and power feeds. Runs after
 * the organisation (sites, locations), racks and tenancy tables these point at.
 */
import { foreignKey, primaryModelColumns, type Migration } from '@patchbay/core';

export const createPowerTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('dcim_powerpanel', (t) => {
      primaryModelColumns(t, knex);
      // NetBox: PROTECT for both — a site or location with panels cannot be deleted.
      foreignKey(t, 'site', 'dcim_site', { onDelete: 'protect' });
      foreignKey(t, 'location', 'dcim_location', { nullable: true, onDelete: 'protect' });
      t.string('name', 100).notNullable();
      t.unique(['site_id', 'name']);
    });
    await knex.schema.createTable('dcim_powerfeed', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'power_panel', 'dcim_powerpanel', { onDelete: 'protect' });
      foreignKey(t, 'rack', 'dcim_rack', { nullable: true, onDelete: 'protect' });
      t.string('name', 100).notNullable();
      t.string('status', 50).notNullable().defaultTo('active');
      t.string('type', 50).notNullable().defaultTo('primary');
      t.string('supply', 50).notNullable().defaultTo('ac');
      t.string('phase', 50).notNullable().defaultTo('single-phase');
      t.smallint('voltage').notNullable().defaultTo(120);
      t.smallint('amperage').notNullable().defaultTo(20);
      t.smallint('max_utilization').notNullable().defaultTo(80);
      // NetBox caches voltage × amperage × utilisation (× √3 for three-phase) on save.
      t.integer('available_power').notNullable().defaultTo(0);
      t.boolean('mark_connected').notNullable().defaultTo(false);
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.unique(['power_panel_id', 'name']);
      t.index(['status']);
    });
  },
  async down(knex) {
    for (const table of ['dcim_powerfeed', 'dcim_powerpanel']) await knex.schema.dropTableIfExists(table);
  },
};
