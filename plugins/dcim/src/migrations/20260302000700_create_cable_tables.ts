/**
 * Tables of the cables area (NetBox's names and columns): cables, their A/B terminations, and the
 * `cable_id`/`cable_end` columns of every cabled device component and of power feeds. Runs after
 * the components (20260302000500) and power (20260302000600) tables it alters.
 */
import { changeLoggedColumns, foreignKey, primaryModelColumns, type Migration } from '@patchbay/core';

type Knex = Parameters<Migration['up']>[0];

/** Table → model label of NetBox's CabledObjectModel subclasses in dcim. */
const CABLED: Record<string, string> = {
  dcim_consoleport: 'dcim.consoleport', dcim_consoleserverport: 'dcim.consoleserverport', dcim_powerport: 'dcim.powerport',
  dcim_poweroutlet: 'dcim.poweroutlet', dcim_interface: 'dcim.interface', dcim_frontport: 'dcim.frontport',
  dcim_rearport: 'dcim.rearport', dcim_powerfeed: 'dcim.powerfeed',
};

/**
 * Adds `cable_id`/`cable_end` to a cabled table, and a trigger that removes the object's cable
 * termination when the object goes (NetBox's GenericRelation cascade), however it is deleted
 * (directly, or with its device, module or circuit). The circuits plugin uses it too.
 */
export async function addCableColumns(knex: Knex, table: string, label: string): Promise<void> {
  await knex.schema.alterTable(table, (t) => {
    foreignKey(t, 'cable', 'dcim_cable', { nullable: true, onDelete: 'set_null' });
    t.string('cable_end', 1).notNullable().defaultTo('');
  });
  await knex.raw(`CREATE TRIGGER ${table}_drop_cable_termination AFTER DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION dcim_drop_cable_termination('${label}')`);
}

/** Undoes addCableColumns. */
export async function dropCableColumns(knex: Knex, table: string): Promise<void> {
  await knex.raw(`DROP TRIGGER IF EXISTS ${table}_drop_cable_termination ON ${table}`);
  await knex.schema.alterTable(table, (t) => {
    t.dropColumn('cable_id');
    t.dropColumn('cable_end');
  });
}

export const createCableTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('dcim_cable', (t) => {
      primaryModelColumns(t, knex);
      // NetBox 4.2: type and length_unit are nullable (blank is stored as null).
      t.string('type', 50).nullable();
      t.string('status', 50).notNullable().defaultTo('connected');
      // NetBox: PROTECT — a tenant with cables cannot be deleted.
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.string('label', 100).notNullable().defaultTo('');
      t.string('color', 6).notNullable().defaultTo('');
      t.decimal('length', 8, 2).nullable();
      t.string('length_unit', 50).nullable();
      // The length in metres, so `ordering=length` compares lengths given in different units.
      t.decimal('_abs_length', 10, 4).nullable();
      t.index(['status']);
    });
    await knex.schema.createTable('dcim_cabletermination', (t) => {
      changeLoggedColumns(t, knex);
      foreignKey(t, 'cable', 'dcim_cable', { onDelete: 'cascade' });
      t.string('cable_end', 1).notNullable();
      // The terminating object's model label ('dcim.interface', 'circuits.circuittermination').
      t.string('termination_type', 100).notNullable();
      t.bigInteger('termination_id').notNullable();
      // Cached from the termination (NetBox's cache_related_objects) for the site/rack/device filters.
      foreignKey(t, '_device', 'dcim_device', { nullable: true, onDelete: 'cascade' });
      foreignKey(t, '_rack', 'dcim_rack', { nullable: true, onDelete: 'cascade' });
      foreignKey(t, '_location', 'dcim_location', { nullable: true, onDelete: 'cascade' });
      foreignKey(t, '_site', 'dcim_site', { nullable: true, onDelete: 'cascade' });
      t.unique(['termination_type', 'termination_id']);
    });
    await knex.raw(`
CREATE OR REPLACE FUNCTION dcim_drop_cable_termination() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dcim_cabletermination WHERE termination_type = TG_ARGV[0] AND termination_id = OLD.id;
  RETURN NULL;
END $$`);
    for (const [table, label] of Object.entries(CABLED)) await addCableColumns(knex, table, label);
  },
  async down(knex) {
    for (const table of Object.keys(CABLED)) await dropCableColumns(knex, table);
    await knex.raw('DROP FUNCTION IF EXISTS dcim_drop_cable_termination()');
    for (const table of ['dcim_cabletermination', 'dcim_cable']) await knex.schema.dropTableIfExists(table);
  },
};
