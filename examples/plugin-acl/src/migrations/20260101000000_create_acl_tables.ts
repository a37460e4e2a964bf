/** Tables of the ACL plugin (the netbox-acls plugin's names, so its data maps one to one). */
import { primaryModelColumns, foreignKey, type Migration } from '@patchbay/core';

export const createAclTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('netbox_acls_accesslist', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 500).notNullable();
      t.string('assigned_object_type', 100).nullable();
      t.bigInteger('assigned_object_id').nullable();
      t.string('type', 30).notNullable();
      t.string('default_action', 30).notNullable().defaultTo('deny');
      t.index(['assigned_object_type', 'assigned_object_id']);
      t.index(['name']);
    });
    await knex.schema.createTable('netbox_acls_accesslistrule', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'access_list', 'netbox_acls_accesslist', { onDelete: 'cascade' });
      t.integer('index').notNullable();
      t.string('action', 30).notNullable();
      t.string('remark', 500).notNullable().defaultTo('');
      t.string('protocol', 30).notNullable().defaultTo('');
      t.specificType('source_prefix', 'cidr').nullable();
      t.specificType('source_ports', 'integer[]').nullable();
      t.specificType('destination_prefix', 'cidr').nullable();
      t.specificType('destination_ports', 'integer[]').nullable();
      t.unique(['access_list_id', 'index']);
    });
    // Prefix containment filters (`source_prefix__net_contained=…`) use these GiST indexes.
    await knex.raw('CREATE INDEX netbox_acls_accesslistrule_src_gist ON netbox_acls_accesslistrule USING gist (source_prefix inet_ops)');
    await knex.raw('CREATE INDEX netbox_acls_accesslistrule_dst_gist ON netbox_acls_accesslistrule USING gist (destination_prefix inet_ops)');
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('netbox_acls_accesslistrule');
    await knex.schema.dropTableIfExists('netbox_acls_accesslist');
  },
};
