/**
 * Tables of the devices area: virtual chassis, devices, modules and virtual device contexts
 * (NetBox's names). `dcim_module.module_bay_id` gets its foreign key from the components area,
 * which creates `dcim_modulebay` after this migration.
 */
import { foreignKey, primaryModelColumns, type Migration } from '@patchbay/core';

export const createDeviceTables: Migration = {
  async up(knex) {
    // The chassis first; its master (a device) is added once dcim_device exists.
    await knex.schema.createTable('dcim_virtualchassis', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 64).notNullable();
      t.string('domain', 30).notNullable().defaultTo('');
      t.index(['name']);
    });

    await knex.schema.createTable('dcim_device', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 64).nullable();
      foreignKey(t, 'device_type', 'dcim_devicetype', { onDelete: 'protect' });
      foreignKey(t, 'role', 'dcim_devicerole', { onDelete: 'protect' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'platform', 'dcim_platform', { nullable: true, onDelete: 'set_null' });
      t.string('serial', 50).notNullable().defaultTo('');
      t.string('asset_tag', 50).nullable().unique();
      foreignKey(t, 'site', 'dcim_site', { onDelete: 'protect' });
      foreignKey(t, 'location', 'dcim_location', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'rack', 'dcim_rack', { nullable: true, onDelete: 'protect' });
      t.decimal('position', 4, 1).nullable();
      t.string('face', 50).nullable();
      t.decimal('latitude', 8, 6).nullable();
      t.decimal('longitude', 9, 6).nullable();
      t.string('status', 50).notNullable().defaultTo('active');
      t.string('airflow', 50).nullable();
      foreignKey(t, 'virtual_chassis', 'dcim_virtualchassis', { nullable: true, onDelete: 'set_null' });
      t.integer('vc_position').nullable();
      t.smallint('vc_priority').nullable();
      t.jsonb('local_context_data').nullable();
      t.index(['name']);
      t.index(['serial']);
      t.index(['status']);
      // NetBox's constraints: one device per rack unit and face, one member per chassis position.
      t.unique(['rack_id', 'position', 'face']);
      t.unique(['virtual_chassis_id', 'vc_position']);
    });
    // Names are unique per site and tenant, case-insensitively (NetBox's Lower('name') constraints).
    await knex.raw('CREATE UNIQUE INDEX dcim_device_unique_name_site_tenant ON dcim_device (lower(name), site_id, tenant_id)');
    await knex.raw('CREATE UNIQUE INDEX dcim_device_unique_name_site ON dcim_device (lower(name), site_id) WHERE tenant_id IS NULL');

    await knex.schema.alterTable('dcim_virtualchassis', (t) => {
      t.bigInteger('master_id').nullable().unique().references('id').inTable('dcim_device').onDelete('RESTRICT');
    });

    await knex.schema.createTable('dcim_module', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'device', 'dcim_device', { onDelete: 'cascade' });
      // The foreign key to dcim_modulebay (CASCADE) is added by the components area.
      t.bigInteger('module_bay_id').notNullable().unique();
      foreignKey(t, 'module_type', 'dcim_moduletype', { onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      t.string('serial', 50).notNullable().defaultTo('');
      t.string('asset_tag', 50).nullable().unique();
      t.index(['status']);
    });

    await knex.schema.createTable('dcim_virtualdevicecontext', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'device', 'dcim_device', { onDelete: 'protect' });
      t.string('name', 64).notNullable();
      t.string('status', 50).notNullable();
      t.smallint('identifier').nullable();
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.unique(['device_id', 'identifier']);
      t.unique(['device_id', 'name']);
      t.index(['name']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('dcim_virtualdevicecontext');
    await knex.schema.dropTableIfExists('dcim_module');
    await knex.schema.alterTable('dcim_virtualchassis', (t) => t.dropColumn('master_id'));
    await knex.schema.dropTableIfExists('dcim_device');
    await knex.schema.dropTableIfExists('dcim_virtualchassis');
  },
};
