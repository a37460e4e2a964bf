/** Tables of the tenancy plugin, with NetBox's names so NetBox data maps one to one. */
import {
  foreignKey, nestedGroupModelColumns, netboxModelColumns, organizationalModelColumns, primaryModelColumns, type Migration,
} from '@patchbay/core';

export const createTenancyTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('tenancy_tenantgroup', (t) => {
      nestedGroupModelColumns(t, knex, 'tenancy_tenantgroup');
      t.unique(['name']);
      t.unique(['slug']);
    });
    await knex.schema.createTable('tenancy_tenant', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable();
      t.string('slug', 100).notNullable();
      foreignKey(t, 'group', 'tenancy_tenantgroup', { nullable: true, onDelete: 'set_null' });
      t.unique(['group_id', 'name']);
      t.unique(['group_id', 'slug']);
      t.index(['name']);
    });
    // NetBox: names and slugs are also unique among tenants without a group.
    await knex.raw('CREATE UNIQUE INDEX tenancy_tenant_unique_name ON tenancy_tenant (name) WHERE group_id IS NULL');
    await knex.raw('CREATE UNIQUE INDEX tenancy_tenant_unique_slug ON tenancy_tenant (slug) WHERE group_id IS NULL');
    await knex.schema.createTable('tenancy_contactgroup', (t) => {
      nestedGroupModelColumns(t, knex, 'tenancy_contactgroup');
      t.unique(['parent_id', 'name']);
      t.index(['slug']);
    });
    await knex.schema.createTable('tenancy_contactrole', (t) => {
      organizationalModelColumns(t, knex);
    });
    await knex.schema.createTable('tenancy_contact', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'group', 'tenancy_contactgroup', { nullable: true, onDelete: 'set_null' });
      t.string('name', 100).notNullable();
      t.string('title', 100).notNullable().defaultTo('');
      t.string('phone', 50).notNullable().defaultTo('');
      t.string('email', 254).notNullable().defaultTo('');
      t.string('address', 200).notNullable().defaultTo('');
      t.string('link', 200).notNullable().defaultTo('');
      t.unique(['group_id', 'name']);
      t.index(['name']);
    });
    await knex.schema.createTable('tenancy_contactassignment', (t) => {
      netboxModelColumns(t, knex);
      t.string('object_type', 100).notNullable();
      t.bigInteger('object_id').notNullable();
      foreignKey(t, 'contact', 'tenancy_contact', { onDelete: 'protect' });
      foreignKey(t, 'role', 'tenancy_contactrole', { onDelete: 'protect' });
      t.string('priority', 50).notNullable().defaultTo('');
      t.unique(['object_type', 'object_id', 'contact_id', 'role_id']);
      t.index(['object_type', 'object_id']);
      t.index(['contact_id', 'priority', 'role_id', 'id']);
    });
  },
  async down(knex) {
    for (const table of ['tenancy_contactassignment', 'tenancy_contact', 'tenancy_contactrole', 'tenancy_contactgroup', 'tenancy_tenant', 'tenancy_tenantgroup'])
      await knex.schema.dropTableIfExists(table);
  },
};
