/**
 * Tables of the device components (NetBox's names), the interface ↔ VDC join table, and the
 * foreign key dcim_module.module_bay_id → dcim_modulebay (dcim_module is created by the devices
 * area before module bays exist).
 *
 * Natural order: every component table has `_name`, a generated column holding the name with each
 * run of digits zero-padded to 8 (`dcim_naturalize`), collated "C", so `ORDER BY device_id, _name`
 * lists Gi1/0/2 before Gi1/0/10 and is served by the (device_id, _name) index.
 *
 * Triggers keep two read-only fields in columns so lists read them without joins:
 * `dcim_interface.mac_address` (the primary MAC's address) and `dcim_modulebay.installed_module_id`
 * (the module whose bay it is). Deleting an interface deletes the MAC addresses assigned to it
 * (NetBox's GenericRelation cascade).
 */
import { foreignKey, netboxModelColumns, primaryModelColumns, type Migration } from '@patchbay/core';
import type { Knex } from '@patchbay/core';
import { createMacMirrorTriggers } from './mac-mirror-triggers.js';

const NATURALIZE = `
CREATE OR REPLACE FUNCTION dcim_naturalize(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(CASE WHEN m[1] ~ '^[0-9]' AND length(m[1]) < 8 THEN lpad(m[1], 8, '0') ELSE m[1] END, '' ORDER BY n), '')
  FROM regexp_matches(value, '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS r(m, n)
$$`;

/** device (CASCADE), optional module (CASCADE), name (+ natural-order `_name`), label, description. */
function component(t: Knex.CreateTableBuilder, knex: Knex, opts: { modular?: boolean; cabled?: boolean; unique?: boolean } = {}) {
  netboxModelColumns(t, knex);
  foreignKey(t, 'device', 'dcim_device', { onDelete: 'cascade' });
  if (opts.modular !== false) foreignKey(t, 'module', 'dcim_module', { nullable: true, onDelete: 'cascade' });
  t.string('name', 64).notNullable();
  t.specificType('_name', `text COLLATE "C" GENERATED ALWAYS AS (dcim_naturalize(name)) STORED`);
  t.string('label', 64).notNullable().defaultTo('');
  t.string('description', 200).notNullable().defaultTo('');
  if (opts.cabled !== false) t.boolean('mark_connected').notNullable().defaultTo(false);
  if (opts.unique !== false) t.unique(['device_id', 'name']);
  t.index(['device_id', '_name']);
}

export const createComponentTables: Migration = {
  async up(knex) {
    await knex.raw(NATURALIZE);
    await knex.schema.createTable('dcim_macaddress', (t) => {
      primaryModelColumns(t, knex);
      t.specificType('mac_address', 'macaddr').notNullable();
      t.string('assigned_object_type', 100).nullable();
      t.bigInteger('assigned_object_id').nullable();
      t.index(['mac_address']);
      t.index(['assigned_object_type', 'assigned_object_id']);
    });
    await knex.schema.createTable('dcim_consoleport', (t) => {
      component(t, knex);
      t.string('type', 50).notNullable().defaultTo('');
      t.integer('speed').nullable();
    });
    await knex.schema.createTable('dcim_consoleserverport', (t) => {
      component(t, knex);
      t.string('type', 50).notNullable().defaultTo('');
      t.integer('speed').nullable();
    });
    await knex.schema.createTable('dcim_powerport', (t) => {
      component(t, knex);
      t.string('type', 50).notNullable().defaultTo('');
      t.smallint('maximum_draw').nullable();
      t.smallint('allocated_draw').nullable();
    });
    await knex.schema.createTable('dcim_poweroutlet', (t) => {
      component(t, knex);
      t.string('type', 50).notNullable().defaultTo('');
      t.string('color', 6).notNullable().defaultTo('');
      foreignKey(t, 'power_port', 'dcim_powerport', { nullable: true, onDelete: 'set_null' });
      t.string('feed_leg', 50).notNullable().defaultTo('');
    });
    await knex.schema.createTable('dcim_rearport', (t) => {
      component(t, knex);
      t.string('type', 50).notNullable();
      t.string('color', 6).notNullable().defaultTo('');
      t.smallint('positions').notNullable().defaultTo(1);
    });
    await knex.schema.createTable('dcim_frontport', (t) => {
      component(t, knex);
      t.string('type', 50).notNullable();
      t.string('color', 6).notNullable().defaultTo('');
      foreignKey(t, 'rear_port', 'dcim_rearport', { onDelete: 'cascade' });
      t.smallint('rear_port_position').notNullable().defaultTo(1);
      t.unique(['rear_port_id', 'rear_port_position']);
    });
    await knex.schema.createTable('dcim_interface', (t) => {
      component(t, knex);
      t.string('type', 50).notNullable();
      t.boolean('enabled').notNullable().defaultTo(true);
      foreignKey(t, 'parent', 'dcim_interface', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'bridge', 'dcim_interface', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'lag', 'dcim_interface', { nullable: true, onDelete: 'set_null' });
      t.integer('mtu').nullable();
      t.specificType('mac_address', 'macaddr').nullable();
      foreignKey(t, 'primary_mac_address', 'dcim_macaddress', { nullable: true, onDelete: 'set_null' });
      t.bigInteger('speed').nullable();
      t.string('duplex', 50).nullable();
      t.specificType('wwn', 'macaddr8').nullable();
      t.boolean('mgmt_only').notNullable().defaultTo(false);
      t.string('mode', 50).notNullable().defaultTo('');
      t.string('rf_role', 30).notNullable().defaultTo('');
      t.string('rf_channel', 50).notNullable().defaultTo('');
      t.string('poe_mode', 50).notNullable().defaultTo('');
      t.string('poe_type', 50).notNullable().defaultTo('');
      t.decimal('rf_channel_frequency', 7, 2).nullable();
      t.decimal('rf_channel_width', 7, 3).nullable();
      t.smallint('tx_power').nullable();
      t.index(['type']);
      t.index(['mac_address']);
    });
    await knex.schema.createTable('dcim_interface_vdcs', (t) => {
      t.bigIncrements('id').primary();
      foreignKey(t, 'interface', 'dcim_interface', { onDelete: 'cascade' });
      foreignKey(t, 'virtualdevicecontext', 'dcim_virtualdevicecontext', { onDelete: 'cascade' });
      t.unique(['interface_id', 'virtualdevicecontext_id']);
    });
    await knex.schema.createTable('dcim_modulebay', (t) => {
      component(t, knex, { cabled: false });
      // A cache of "the module in this bay", maintained by the trigger below (no FK: it follows dcim_module).
      t.bigInteger('installed_module_id').nullable().index();
      t.string('position', 30).notNullable().defaultTo('');
    });
    await knex.schema.createTable('dcim_devicebay', (t) => {
      component(t, knex, { modular: false, cabled: false });
      foreignKey(t, 'installed_device', 'dcim_device', { nullable: true, onDelete: 'set_null' });
      t.unique(['installed_device_id']);
    });
    await knex.schema.createTable('dcim_inventoryitem', (t) => {
      component(t, knex, { modular: false, cabled: false, unique: false });
      t.bigInteger('parent_id').nullable().references('id').inTable('dcim_inventoryitem').onDelete('CASCADE');
      t.specificType('_path', 'bigint[]').notNullable().defaultTo('{}');
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'role', 'dcim_inventoryitemrole', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'manufacturer', 'dcim_manufacturer', { nullable: true, onDelete: 'protect' });
      t.string('part_id', 50).notNullable().defaultTo('');
      t.string('serial', 50).notNullable().defaultTo('');
      t.string('asset_tag', 50).nullable().unique();
      t.boolean('discovered').notNullable().defaultTo(false);
      t.string('component_type', 100).nullable();
      t.bigInteger('component_id').nullable();
      t.index(['parent_id']);
      t.index(['_path'], undefined, 'gin');
      t.index(['component_type', 'component_id']);
    });
    // NetBox's unique (device, parent, name), with NULL parents compared as equal.
    await knex.raw(`CREATE UNIQUE INDEX dcim_inventoryitem_device_parent_name ON dcim_inventoryitem (device_id, coalesce(parent_id, 0), name)`);

    await knex.schema.alterTable('dcim_module', (t) => {
      t.foreign('module_bay_id').references('id').inTable('dcim_modulebay').onDelete('CASCADE');
    });

    await createMacMirrorTriggers(knex, { table: 'dcim_interface', label: 'dcim.interface', prefix: 'dcim' });
    await knex.raw(`
CREATE OR REPLACE FUNCTION dcim_module_bay_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE dcim_modulebay SET installed_module_id = NULL WHERE id = OLD.module_bay_id AND installed_module_id = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE dcim_modulebay SET installed_module_id = NEW.id WHERE id = NEW.module_bay_id;
  END IF;
  RETURN NULL;
END $$`);
    await knex.raw(`CREATE TRIGGER dcim_module_bay_sync AFTER INSERT OR DELETE OR UPDATE OF module_bay_id ON dcim_module
      FOR EACH ROW EXECUTE FUNCTION dcim_module_bay_sync()`);
  },
  async down(knex) {
    await knex.raw('DROP TRIGGER IF EXISTS dcim_module_bay_sync ON dcim_module');
    await knex.schema.alterTable('dcim_module', (t) => t.dropForeign(['module_bay_id']));
    for (const table of [
      'dcim_inventoryitem', 'dcim_devicebay', 'dcim_modulebay', 'dcim_interface_vdcs', 'dcim_interface', 'dcim_frontport',
      'dcim_rearport', 'dcim_poweroutlet', 'dcim_powerport', 'dcim_consoleserverport', 'dcim_consoleport', 'dcim_macaddress',
    ]) await knex.schema.dropTableIfExists(table);
    for (const fn of ['dcim_module_bay_sync', 'dcim_interface_delete_macs', 'dcim_macaddress_sync', 'dcim_interface_mac_sync', 'dcim_naturalize'])
      await knex.raw(`DROP FUNCTION IF EXISTS ${fn}()`.replace('dcim_naturalize()', 'dcim_naturalize(text)'));
  },
};
