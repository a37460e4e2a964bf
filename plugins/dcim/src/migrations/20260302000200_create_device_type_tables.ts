/**
 * Tables of the device-types area (NetBox's names and columns): manufacturers, platforms, device
 * and inventory item roles, device and module types, and the ten component template tables.
 * Templates cascade with their device or module type; manufacturers are protected by what they make.
 */
import { changeLoggedColumns, foreignKey, organizationalModelColumns, primaryModelColumns, type Migration } from '@patchbay/core';
type Knex = Parameters<Migration['up']>[0];
type Table = Parameters<Parameters<Knex['schema']['createTable']>[1]>[0];

/** WeightMixin columns. */
function weightColumns(t: Table): void {
  t.decimal('weight', 8, 2).nullable();
  t.string('weight_unit', 50).nullable();
}

/** ComponentTemplateModel / ModularComponentTemplateModel columns and their uniqueness. */
function templateColumns(t: Table, knex: Knex, table: string, modular: boolean): void {
  changeLoggedColumns(t, knex);
  foreignKey(t, 'device_type', 'dcim_devicetype', { nullable: modular, onDelete: 'cascade' });
  if (modular) foreignKey(t, 'module_type', 'dcim_moduletype', { nullable: true, onDelete: 'cascade' });
  t.string('name', 64).notNullable();
  t.string('label', 64).notNullable().defaultTo('');
  t.string('description', 200).notNullable().defaultTo('');
  if (table !== 'dcim_inventoryitemtemplate') {
    t.unique(['device_type_id', 'name'], { indexName: `${table}_unique_device_type_name` });
    if (modular) t.unique(['module_type_id', 'name'], { indexName: `${table}_unique_module_type_name` });
  }
}

const TEMPLATE_TABLES = [
  'dcim_inventoryitemtemplate', 'dcim_devicebaytemplate', 'dcim_modulebaytemplate', 'dcim_frontporttemplate',
  'dcim_rearporttemplate', 'dcim_interfacetemplate', 'dcim_poweroutlettemplate', 'dcim_powerporttemplate',
  'dcim_consoleserverporttemplate', 'dcim_consoleporttemplate',
];

export const createDeviceTypeTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('dcim_manufacturer', (t) => organizationalModelColumns(t, knex));

    await knex.schema.createTable('dcim_platform', (t) => {
      organizationalModelColumns(t, knex);
      foreignKey(t, 'manufacturer', 'dcim_manufacturer', { nullable: true, onDelete: 'protect' });
    });

    for (const table of ['dcim_devicerole', 'dcim_inventoryitemrole'])
      await knex.schema.createTable(table, (t) => {
        organizationalModelColumns(t, knex);
        t.string('color', 6).notNullable().defaultTo('9e9e9e');
        if (table === 'dcim_devicerole') t.boolean('vm_role').notNullable().defaultTo(true);
      });

    await knex.schema.createTable('dcim_devicetype', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'manufacturer', 'dcim_manufacturer', { onDelete: 'protect' });
      foreignKey(t, 'default_platform', 'dcim_platform', { nullable: true, onDelete: 'set_null' });
      t.string('model', 100).notNullable();
      t.string('slug', 100).notNullable();
      t.string('part_number', 50).notNullable().defaultTo('');
      t.decimal('u_height', 4, 1).notNullable().defaultTo(1);
      t.boolean('exclude_from_utilization').notNullable().defaultTo(false);
      t.boolean('is_full_depth').notNullable().defaultTo(true);
      t.string('subdevice_role', 50).nullable();
      t.string('airflow', 50).nullable();
      weightColumns(t);
      t.unique(['manufacturer_id', 'model'], { indexName: 'dcim_devicetype_unique_manufacturer_model' });
      t.unique(['manufacturer_id', 'slug'], { indexName: 'dcim_devicetype_unique_manufacturer_slug' });
      t.index(['model']);
    });

    await knex.schema.createTable('dcim_moduletype', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'manufacturer', 'dcim_manufacturer', { onDelete: 'protect' });
      t.string('model', 100).notNullable();
      t.string('part_number', 50).notNullable().defaultTo('');
      t.string('airflow', 50).nullable();
      weightColumns(t);
      t.unique(['manufacturer_id', 'model'], { indexName: 'dcim_moduletype_unique_manufacturer_model' });
    });

    for (const table of ['dcim_consoleporttemplate', 'dcim_consoleserverporttemplate'])
      await knex.schema.createTable(table, (t) => {
        templateColumns(t, knex, table, true);
        t.string('type', 50).nullable();
      });

    await knex.schema.createTable('dcim_powerporttemplate', (t) => {
      templateColumns(t, knex, 'dcim_powerporttemplate', true);
      t.string('type', 50).nullable();
      t.integer('maximum_draw').nullable();
      t.integer('allocated_draw').nullable();
    });

    await knex.schema.createTable('dcim_poweroutlettemplate', (t) => {
      templateColumns(t, knex, 'dcim_poweroutlettemplate', true);
      t.string('type', 50).nullable();
      foreignKey(t, 'power_port', 'dcim_powerporttemplate', { nullable: true, onDelete: 'set_null' });
      t.string('feed_leg', 50).nullable();
    });

    await knex.schema.createTable('dcim_interfacetemplate', (t) => {
      templateColumns(t, knex, 'dcim_interfacetemplate', true);
      t.string('type', 50).notNullable();
      t.boolean('enabled').notNullable().defaultTo(true);
      t.boolean('mgmt_only').notNullable().defaultTo(false);
      foreignKey(t, 'bridge', 'dcim_interfacetemplate', { nullable: true, onDelete: 'set_null' });
      t.string('poe_mode', 50).nullable();
      t.string('poe_type', 50).nullable();
      t.string('rf_role', 30).nullable();
      t.index(['type']);
    });

    await knex.schema.createTable('dcim_rearporttemplate', (t) => {
      templateColumns(t, knex, 'dcim_rearporttemplate', true);
      t.string('type', 50).notNullable();
      t.string('color', 6).notNullable().defaultTo('');
      t.smallint('positions').notNullable().defaultTo(1);
    });

    await knex.schema.createTable('dcim_frontporttemplate', (t) => {
      templateColumns(t, knex, 'dcim_frontporttemplate', true);
      t.string('type', 50).notNullable();
      t.string('color', 6).notNullable().defaultTo('');
      foreignKey(t, 'rear_port', 'dcim_rearporttemplate', { onDelete: 'cascade' });
      t.smallint('rear_port_position').notNullable().defaultTo(1);
      t.unique(['rear_port_id', 'rear_port_position'], { indexName: 'dcim_frontporttemplate_unique_rear_port_position' });
    });

    await knex.schema.createTable('dcim_modulebaytemplate', (t) => {
      templateColumns(t, knex, 'dcim_modulebaytemplate', true);
      t.string('position', 30).notNullable().defaultTo('');
    });

    await knex.schema.createTable('dcim_devicebaytemplate', (t) => templateColumns(t, knex, 'dcim_devicebaytemplate', false));

    await knex.schema.createTable('dcim_inventoryitemtemplate', (t) => {
      templateColumns(t, knex, 'dcim_inventoryitemtemplate', false);
      t.bigInteger('parent_id').nullable().references('id').inTable('dcim_inventoryitemtemplate').onDelete('CASCADE');
      t.index(['parent_id']);
      t.string('component_type', 100).nullable();
      t.bigInteger('component_id').nullable();
      foreignKey(t, 'role', 'dcim_inventoryitemrole', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'manufacturer', 'dcim_manufacturer', { nullable: true, onDelete: 'protect' });
      t.string('part_id', 50).notNullable().defaultTo('');
      t.specificType('_path', 'bigint[]').notNullable().defaultTo('{}');
      t.index(['_path'], undefined, 'gin');
      t.index(['component_type', 'component_id']);
      t.unique(['device_type_id', 'parent_id', 'name'], { indexName: 'dcim_inventoryitemtemplate_unique_device_type_parent_name' });
    });
  },
  async down(knex) {
    for (const table of [...TEMPLATE_TABLES, 'dcim_moduletype', 'dcim_devicetype', 'dcim_inventoryitemrole', 'dcim_devicerole', 'dcim_platform', 'dcim_manufacturer'])
      await knex.schema.dropTableIfExists(table);
  },
};
