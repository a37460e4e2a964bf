/**
 * Tables of the addressing area: prefixes, IP ranges and IP addresses (NetBox's names), with
 * GiST `inet_ops` indexes so containment (`<<`, `>>=`, `&&`) is one indexed statement.
 */
import { foreignKey, primaryModelColumns, type Migration } from '@patchbay/core';
import { addScopeColumns } from '@patchbay/plugin-dcim';

export const createAddressingTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('ipam_prefix', (t) => {
      primaryModelColumns(t, knex);
      t.specificType('prefix', 'cidr').notNullable();
      foreignKey(t, 'vrf', 'ipam_vrf', { nullable: true, onDelete: 'protect' });
      // The cached scope (NetBox 4.2's CachedScopeMixin): the assigned object and its ancestors.
      addScopeColumns(t);
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'vlan', 'ipam_vlan', { nullable: true, onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'role', 'ipam_role', { nullable: true, onDelete: 'set_null' });
      t.boolean('is_pool').notNullable().defaultTo(false);
      t.boolean('mark_utilized').notNullable().defaultTo(false);
      t.integer('_depth').notNullable().defaultTo(0);
      t.integer('_children').notNullable().defaultTo(0);
      t.index(['status']);
    });
    await knex.raw('CREATE INDEX ipam_prefix_prefix_gist ON ipam_prefix USING gist (prefix inet_ops)');
    await knex.raw('CREATE INDEX ipam_prefix_vrf_prefix ON ipam_prefix (vrf_id, prefix)');
    // NetBox's handle_prefix_deleted, as a trigger so that every delete path keeps the cached
    // hierarchy true: API deletes and rows removed by ON DELETE CASCADE (a deleted site or location
    // the prefix is scoped to), which run no signals. Saves are handled by Prefix.afterSave.
    await knex.raw(`
CREATE OR REPLACE FUNCTION ipam_prefix_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('ipam.prefix.hierarchy'), coalesce(OLD.vrf_id, 0)::int);
  UPDATE ipam_prefix p SET _children = (
    SELECT count(*) FROM ipam_prefix c WHERE c.vrf_id IS NOT DISTINCT FROM OLD.vrf_id AND c.prefix << p.prefix)
  WHERE p.vrf_id IS NOT DISTINCT FROM OLD.vrf_id AND p.prefix >> OLD.prefix;
  UPDATE ipam_prefix p SET _depth = (
    SELECT count(*) FROM ipam_prefix c WHERE c.vrf_id IS NOT DISTINCT FROM OLD.vrf_id AND c.prefix >> p.prefix)
  WHERE p.vrf_id IS NOT DISTINCT FROM OLD.vrf_id AND p.prefix << OLD.prefix;
  RETURN NULL;
END $$`);
    await knex.raw(`CREATE TRIGGER ipam_prefix_after_delete AFTER DELETE ON ipam_prefix
      FOR EACH ROW EXECUTE FUNCTION ipam_prefix_after_delete()`);

    await knex.schema.createTable('ipam_iprange', (t) => {
      primaryModelColumns(t, knex);
      t.specificType('start_address', 'inet').notNullable();
      t.specificType('end_address', 'inet').notNullable();
      t.bigInteger('size').notNullable();
      foreignKey(t, 'vrf', 'ipam_vrf', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'role', 'ipam_role', { nullable: true, onDelete: 'set_null' });
      t.boolean('mark_populated').notNullable().defaultTo(false);
      t.boolean('mark_utilized').notNullable().defaultTo(false);
      t.index(['status']);
    });
    await knex.raw('CREATE INDEX ipam_iprange_vrf_start ON ipam_iprange (vrf_id, start_address)');

    await knex.schema.createTable('ipam_ipaddress', (t) => {
      primaryModelColumns(t, knex);
      t.specificType('address', 'inet').notNullable();
      foreignKey(t, 'vrf', 'ipam_vrf', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      t.string('role', 50).nullable();
      t.string('assigned_object_type', 100).nullable();
      t.integer('assigned_object_id').nullable();
      t.string('dns_name', 255).notNullable().defaultTo('');
      t.index(['assigned_object_type', 'assigned_object_id']);
      t.index(['status']);
      t.index(['dns_name']);
    });
    // Its own table: NetBox's nat_inside is SET_NULL.
    await knex.schema.alterTable('ipam_ipaddress', (t) => {
      t.bigInteger('nat_inside_id').nullable().references('id').inTable('ipam_ipaddress').onDelete('SET NULL');
      t.index(['nat_inside_id']);
    });
    await knex.raw('CREATE INDEX ipam_ipaddress_address_gist ON ipam_ipaddress USING gist (address inet_ops)');
    await knex.raw('CREATE INDEX ipam_ipaddress_vrf_host ON ipam_ipaddress (vrf_id, host(address))');
    // NetBox's Interface.ip_addresses is a GenericRelation: an interface's addresses go with it,
    // also when the interface goes by cascade with its device (which runs no signals).
    await knex.raw(`
CREATE OR REPLACE FUNCTION ipam_interface_ip_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM ipam_ipaddress WHERE assigned_object_type = 'dcim.interface' AND assigned_object_id = OLD.id;
  RETURN NULL;
END $$`);
    await knex.raw(`CREATE TRIGGER ipam_interface_ip_cleanup AFTER DELETE ON dcim_interface
      FOR EACH ROW EXECUTE FUNCTION ipam_interface_ip_cleanup()`);
  },
  async down(knex) {
    await knex.raw('DROP TRIGGER IF EXISTS ipam_interface_ip_cleanup ON dcim_interface');
    await knex.raw('DROP FUNCTION IF EXISTS ipam_interface_ip_cleanup()');
    await knex.schema.dropTableIfExists('ipam_ipaddress');
    await knex.schema.dropTableIfExists('ipam_iprange');
    await knex.schema.dropTableIfExists('ipam_prefix');
    await knex.raw('DROP FUNCTION IF EXISTS ipam_prefix_after_delete()');
  },
};
