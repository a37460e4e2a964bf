/** Tables of DCIM's organisation area: regions, site groups, sites and locations (NetBox's names). */
import { foreignKey, nestedGroupModelColumns, primaryModelColumns, type Migration } from '@patchbay/core';

type Knex = Parameters<Migration['up']>[0];

/** NetBox's tree constraints: name and slug unique among siblings, and among roots (partial indexes). */
async function treeUniqueness(knex: Knex, table: string, scope: string[] = []): Promise<void> {
  for (const col of ['name', 'slug']) {
    await knex.schema.alterTable(table, (t) => t.unique([...scope, 'parent_id', col], { indexName: `${table}_parent_${col}` }));
    await knex.raw(`CREATE UNIQUE INDEX ?? ON ?? (${[...scope, col].map(() => '??').join(', ')}) WHERE parent_id IS NULL`, [
      `${table}_${col}`, table, ...scope, col,
    ]);
  }
}

export const createOrganisationTables: Migration = {
  async up(knex) {
    for (const table of ['dcim_region', 'dcim_sitegroup']) {
      await knex.schema.createTable(table, (t) => nestedGroupModelColumns(t, knex, table));
      await treeUniqueness(knex, table);
    }

    await knex.schema.createTable('dcim_site', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.string('slug', 100).notNullable().unique();
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'region', 'dcim_region', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'group', 'dcim_sitegroup', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.string('facility', 50).notNullable().defaultTo('');
      t.string('time_zone', 63).nullable();
      t.string('physical_address', 200).notNullable().defaultTo('');
      t.string('shipping_address', 200).notNullable().defaultTo('');
      t.decimal('latitude', 8, 6).nullable();
      t.decimal('longitude', 9, 6).nullable();
      t.index(['status']);
    });

    await knex.schema.createTable('dcim_location', (t) => {
      nestedGroupModelColumns(t, knex, 'dcim_location');
      foreignKey(t, 'site', 'dcim_site', { onDelete: 'cascade' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.string('facility', 50).notNullable().defaultTo('');
      t.index(['status']);
    });
    await treeUniqueness(knex, 'dcim_location', ['site_id']);
  },
  async down(knex) {
    for (const table of ['dcim_location', 'dcim_site', 'dcim_sitegroup', 'dcim_region']) await knex.schema.dropTableIfExists(table);
  },
};
