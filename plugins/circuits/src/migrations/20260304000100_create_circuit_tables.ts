/**
 * Tables of the circuits app (NetBox's names), after dcim's and ipam's. A circuit's
 * `termination_a_id` / `termination_z_id` point at its terminations, so they are added once the
 * terminations table exists. A group assignment's generated `_circuit_id` (its member id when the
 * member is a circuit) is what a circuit's `assignments` joins on.
 */
import {
  foreignKey, netboxModelColumns, organizationalModelColumns, primaryModelColumns, type Migration,
} from '@patchbay/core';

type Knex = Parameters<Migration['up']>[0];

async function circuitTypeTable(knex: Knex, table: string): Promise<void> {
  await knex.schema.createTable(table, (t) => {
    organizationalModelColumns(t, knex);
    t.string('color', 6).notNullable().defaultTo('');
  });
}

/**
 * Keeps `child.column` equal to `parent.source` of the row `child.fk` points at (a termination's
 * circuit cid, an assignment's group name), so `display` ("CID-100: Termination A") is computed
 * from the row alone, in lists and nested forms alike, whichever write path changed either side.
 */
async function mirrorParentColumn(knex: Knex, child: string, fk: string, column: string, parent: string, source: string): Promise<void> {
  await knex.raw(`ALTER TABLE ${child} ADD COLUMN ${column} varchar(100) NOT NULL DEFAULT ''`);
  await knex.raw(`CREATE FUNCTION ${child}${column}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.${column} := coalesce((SELECT ${source} FROM ${parent} WHERE id = NEW.${fk}), ''); RETURN NEW; END $$`);
  await knex.raw(`CREATE TRIGGER ${child}${column} BEFORE INSERT OR UPDATE OF ${fk} ON ${child}
    FOR EACH ROW EXECUTE FUNCTION ${child}${column}()`);
  await knex.raw(`CREATE FUNCTION ${child}_from_parent() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE ${child} SET ${column} = NEW.${source} WHERE ${fk} = NEW.id; RETURN NULL; END $$`);
  await knex.raw(`CREATE TRIGGER ${child}_from_parent AFTER UPDATE OF ${source} ON ${parent}
    FOR EACH ROW EXECUTE FUNCTION ${child}_from_parent()`);
}

export const createCircuitTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('circuits_provider', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.string('slug', 100).notNullable().unique();
    });
    await knex.schema.createTable('circuits_provideraccount', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'provider', 'circuits_provider', { onDelete: 'protect' });
      t.string('account', 100).notNullable();
      t.string('name', 100).notNullable().defaultTo('');
      t.unique(['provider_id', 'account']);
    });
    await knex.raw("CREATE UNIQUE INDEX circuits_provideraccount_unique_provider_name ON circuits_provideraccount (provider_id, name) WHERE name <> ''");
    await knex.schema.createTable('circuits_providernetwork', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'provider', 'circuits_provider', { onDelete: 'protect' });
      t.string('name', 100).notNullable();
      t.string('service_id', 100).notNullable().defaultTo('');
      t.unique(['provider_id', 'name']);
    });
    await circuitTypeTable(knex, 'circuits_circuittype');
    await circuitTypeTable(knex, 'circuits_virtualcircuittype');

    await knex.schema.createTable('circuits_circuit', (t) => {
      primaryModelColumns(t, knex);
      t.string('cid', 100).notNullable();
      foreignKey(t, 'provider', 'circuits_provider', { onDelete: 'protect' });
      foreignKey(t, 'provider_account', 'circuits_provideraccount', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'type', 'circuits_circuittype', { onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.date('install_date').nullable();
      t.date('termination_date').nullable();
      t.integer('commit_rate').nullable();
      t.decimal('distance', 8, 2).nullable();
      t.string('distance_unit', 50).nullable();
      t.unique(['provider_id', 'cid']);
      t.unique(['provider_account_id', 'cid']);
      t.index(['provider_id', 'provider_account_id', 'cid']);
    });

    await knex.schema.createTable('circuits_circuittermination', (t) => {
      netboxModelColumns(t, knex);
      foreignKey(t, 'circuit', 'circuits_circuit', { onDelete: 'cascade' });
      t.string('term_side', 1).notNullable();
      t.string('termination_type', 100).nullable();
      t.bigInteger('termination_id').nullable();
      t.integer('port_speed').nullable();
      t.integer('upstream_speed').nullable();
      t.string('xconnect_id', 50).notNullable().defaultTo('');
      t.string('pp_info', 100).notNullable().defaultTo('');
      t.string('description', 200).notNullable().defaultTo('');
      t.boolean('mark_connected').notNullable().defaultTo(false);
      foreignKey(t, '_provider_network', 'circuits_providernetwork', { nullable: true, onDelete: 'protect' });
      foreignKey(t, '_location', 'dcim_location', { nullable: true, onDelete: 'cascade' });
      foreignKey(t, '_site', 'dcim_site', { nullable: true, onDelete: 'cascade' });
      foreignKey(t, '_region', 'dcim_region', { nullable: true, onDelete: 'cascade' });
      foreignKey(t, '_site_group', 'dcim_sitegroup', { nullable: true, onDelete: 'cascade' });
      t.unique(['circuit_id', 'term_side']);
      t.index(['termination_type', 'termination_id']);
    });
    await knex.schema.alterTable('circuits_circuit', (t) => {
      foreignKey(t, 'termination_a', 'circuits_circuittermination', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'termination_z', 'circuits_circuittermination', { nullable: true, onDelete: 'set_null' });
    });

    await knex.schema.createTable('circuits_circuitgroup', (t) => {
      organizationalModelColumns(t, knex);
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
    });
    await knex.schema.createTable('circuits_circuitgroupassignment', (t) => {
      netboxModelColumns(t, knex);
      foreignKey(t, 'group', 'circuits_circuitgroup', { onDelete: 'cascade' });
      t.string('member_type', 100).notNullable();
      t.bigInteger('member_id').notNullable();
      t.string('priority', 50).nullable();
      t.unique(['member_type', 'member_id', 'group_id']);
      t.index(['group_id', 'member_type', 'member_id', 'priority', 'id']);
    });
    // The member id when the member is a circuit: what a circuit's `assignments` joins on.
    await knex.raw(`ALTER TABLE circuits_circuitgroupassignment ADD COLUMN _circuit_id bigint
      GENERATED ALWAYS AS (CASE WHEN member_type = 'circuits.circuit' THEN member_id END) STORED`);
    await knex.raw('CREATE INDEX circuits_circuitgroupassignment__circuit_id ON circuits_circuitgroupassignment (_circuit_id)');

    await knex.schema.createTable('circuits_virtualcircuit', (t) => {
      primaryModelColumns(t, knex);
      t.string('cid', 100).notNullable();
      foreignKey(t, 'provider_network', 'circuits_providernetwork', { onDelete: 'protect' });
      foreignKey(t, 'provider_account', 'circuits_provideraccount', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'type', 'circuits_virtualcircuittype', { onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.unique(['provider_network_id', 'cid']);
      t.unique(['provider_account_id', 'cid']);
    });
    await knex.schema.createTable('circuits_virtualcircuittermination', (t) => {
      netboxModelColumns(t, knex);
      foreignKey(t, 'virtual_circuit', 'circuits_virtualcircuit', { onDelete: 'cascade' });
      t.string('role', 50).notNullable().defaultTo('peer');
      t.bigInteger('interface_id').notNullable().unique().references('id').inTable('dcim_interface').onDelete('CASCADE');
      t.string('description', 200).notNullable().defaultTo('');
    });
    await mirrorParentColumn(knex, 'circuits_circuittermination', 'circuit_id', '_circuit_cid', 'circuits_circuit', 'cid');
    await mirrorParentColumn(knex, 'circuits_virtualcircuittermination', 'virtual_circuit_id', '_virtual_circuit_cid', 'circuits_virtualcircuit', 'cid');
    await mirrorParentColumn(knex, 'circuits_circuitgroupassignment', 'group_id', '_group_name', 'circuits_circuitgroup', 'name');
  },
  async down(knex) {
    for (const fn of [
      'circuits_circuittermination_from_parent', 'circuits_virtualcircuittermination_from_parent',
      'circuits_circuitgroupassignment_from_parent',
    ]) await knex.raw(`DROP FUNCTION IF EXISTS ${fn}() CASCADE`);
    for (const table of [
      'circuits_virtualcircuittermination', 'circuits_virtualcircuit', 'circuits_circuitgroupassignment', 'circuits_circuitgroup',
    ]) await knex.schema.dropTableIfExists(table);
    for (const fn of ['circuits_virtualcircuittermination_virtual_circuit_cid', 'circuits_circuitgroupassignment_group_name'])
      await knex.raw(`DROP FUNCTION IF EXISTS ${fn}() CASCADE`);
    await knex.schema.alterTable('circuits_circuit', (t) => t.dropColumns('termination_a_id', 'termination_z_id'));
    for (const table of [
      'circuits_circuittermination', 'circuits_circuit', 'circuits_virtualcircuittype', 'circuits_circuittype',
      'circuits_providernetwork', 'circuits_provideraccount', 'circuits_provider',
    ]) await knex.schema.dropTableIfExists(table);
    await knex.raw('DROP FUNCTION IF EXISTS circuits_circuittermination_circuit_cid() CASCADE');
  },
};
