/**
 * Tables of IPAM's services area, with NetBox's names and columns: FHRP groups and their
 * interface assignments, service templates, services (on a device or a virtual machine) and
 * their IP addresses. Two read-only views serve batched renders: the IPs of each FHRP group, and
 * the FHRP assignments of DCIM interfaces (an interface's `count_fhrp_groups`).
 */
import { changeLoggedColumns, foreignKey, primaryModelColumns, type Migration } from '@patchbay/core';

export const createServiceTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('ipam_fhrpgroup', (t) => {
      primaryModelColumns(t, knex);
      t.integer('group_id').notNullable();
      t.string('name', 100).notNullable().defaultTo('');
      t.string('protocol', 50).notNullable();
      t.string('auth_type', 50).nullable();
      t.string('auth_key', 255).notNullable().defaultTo('');
      t.index(['protocol', 'group_id', 'id']);
    });
    await knex.schema.createTable('ipam_fhrpgroupassignment', (t) => {
      changeLoggedColumns(t, knex);
      t.string('interface_type', 100).notNullable();
      t.bigInteger('interface_id').notNullable();
      foreignKey(t, 'group', 'ipam_fhrpgroup', { onDelete: 'cascade' });
      t.integer('priority').notNullable();
      t.unique(['interface_type', 'interface_id', 'group_id']);
      t.index(['interface_type', 'interface_id']);
    });
    await knex.raw('CREATE INDEX ipam_fhrpgroupassignment_priority_id ON ipam_fhrpgroupassignment (priority DESC, id)');

    await knex.schema.createTable('ipam_servicetemplate', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.string('protocol', 50).notNullable();
      t.specificType('ports', 'integer[]').notNullable();
    });
    await knex.schema.createTable('ipam_service', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'device', 'dcim_device', { nullable: true, onDelete: 'cascade' });
      // The virtualization plugin owns virtual machines and adds the foreign key constraint.
      t.bigInteger('virtual_machine_id').nullable().index();
      t.string('name', 100).notNullable();
      t.string('protocol', 50).notNullable();
      t.specificType('ports', 'integer[]').notNullable();
      t.index(['protocol', 'ports', 'id']);
    });
    await knex.schema.createTable('ipam_service_ipaddresses', (t) => {
      t.bigIncrements('id').primary();
      foreignKey(t, 'service', 'ipam_service', { onDelete: 'cascade' });
      foreignKey(t, 'ipaddress', 'ipam_ipaddress', { onDelete: 'cascade' });
      t.unique(['service_id', 'ipaddress_id']);
    });

    await knex.raw(`CREATE VIEW ipam_fhrpgroup_ipaddresses AS
      SELECT id AS ipaddress_id, assigned_object_id AS fhrpgroup_id FROM ipam_ipaddress WHERE assigned_object_type = 'ipam.fhrpgroup'`);
  },
  async down(knex) {
    await knex.raw('DROP VIEW IF EXISTS ipam_fhrpgroup_ipaddresses');
    for (const table of ['ipam_service_ipaddresses', 'ipam_service', 'ipam_servicetemplate', 'ipam_fhrpgroupassignment', 'ipam_fhrpgroup'])
      await knex.schema.dropTableIfExists(table);
  },
};
