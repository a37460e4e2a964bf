/**
 * Tables of the racks area (NetBox's names and columns): rack roles, rack types, racks and rack
 * reservations. Runs after the organisation (sites, locations) and device-types (manufacturers)
 * migrations, whose tables these point at.
 */
import { foreignKey, organizationalModelColumns, primaryModelColumns, type Migration } from '@patchbay/core';

type Table = Parameters<Parameters<Parameters<Migration['up']>[0]['schema']['createTable']>[1]>[0];

/** NetBox's RackBase + WeightMixin columns, shared by rack types and racks. */
function rackBaseColumns(t: Table): void {
  t.smallint('width').notNullable().defaultTo(19);
  t.smallint('u_height').notNullable().defaultTo(42);
  t.smallint('starting_unit').notNullable().defaultTo(1);
  t.boolean('desc_units').notNullable().defaultTo(false);
  t.smallint('outer_width').nullable();
  t.smallint('outer_depth').nullable();
  t.string('outer_unit', 50).nullable();
  t.smallint('mounting_depth').nullable();
  t.decimal('weight', 8, 2).nullable();
  t.string('weight_unit', 50).nullable();
  t.bigInteger('_abs_weight').nullable();
  t.integer('max_weight').nullable();
  t.bigInteger('_abs_max_weight').nullable();
}

export const createRackTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('dcim_rackrole', (t) => {
      organizationalModelColumns(t, knex);
      t.string('color', 6).notNullable().defaultTo('9e9e9e');
    });
    await knex.schema.createTable('dcim_racktype', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'manufacturer', 'dcim_manufacturer', { onDelete: 'protect' });
      t.string('model', 100).notNullable();
      t.string('slug', 100).notNullable().unique();
      t.string('form_factor', 50).notNullable();
      rackBaseColumns(t);
      t.unique(['manufacturer_id', 'model']);
      t.unique(['manufacturer_id', 'slug']);
      t.index(['model']);
    });
    await knex.schema.createTable('dcim_rack', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable();
      t.string('facility_id', 50).nullable();
      foreignKey(t, 'site', 'dcim_site', { onDelete: 'protect' });
      foreignKey(t, 'location', 'dcim_location', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'role', 'dcim_rackrole', { nullable: true, onDelete: 'protect' });
      t.string('serial', 50).notNullable().defaultTo('');
      t.string('asset_tag', 50).nullable().unique();
      foreignKey(t, 'rack_type', 'dcim_racktype', { nullable: true, onDelete: 'protect' });
      t.string('form_factor', 50).nullable();
      rackBaseColumns(t);
      t.string('airflow', 50).nullable();
      // Name and facility id are unique only within a location (NULLs are distinct, as in NetBox).
      t.unique(['location_id', 'name']);
      t.unique(['location_id', 'facility_id']);
      // The default order (site, location, name) and the common filters.
      t.index(['site_id', 'location_id', 'name']);
      t.index(['name']);
      t.index(['status']);
      t.index(['facility_id']);
    });
    await knex.schema.createTable('dcim_rackreservation', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'rack', 'dcim_rack', { onDelete: 'cascade' });
      t.specificType('units', 'integer[]').notNullable();
      foreignKey(t, 'user', 'users_user', { onDelete: 'protect' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.index(['created']);
    });
    // `unit=7` is an array containment test.
    await knex.raw('CREATE INDEX dcim_rackreservation_units_gin ON dcim_rackreservation USING gin (units)');
  },
  async down(knex) {
    for (const table of ['dcim_rackreservation', 'dcim_rack', 'dcim_racktype', 'dcim_rackrole'])
      await knex.schema.dropTableIfExists(table);
  },
};
