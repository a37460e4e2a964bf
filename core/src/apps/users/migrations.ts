/** Tables of the users app (NetBox's names). */
import type { Knex } from 'knex';
import type { Migration } from '../../plugin/define-plugin.js';

export const usersMigrations: Record<string, Migration> = {
  '20260101000000_create_users_tables': {
    async up(knex: Knex) {
      await knex.schema.createTable('users_group', (t) => {
        t.bigIncrements('id').primary();
        t.string('name', 150).notNullable().unique();
        t.string('description', 200).notNullable().defaultTo('');
      });
      await knex.schema.createTable('users_user', (t) => {
        t.bigIncrements('id').primary();
        t.string('username', 150).notNullable().unique();
        t.string('password', 128).notNullable().defaultTo('');
        t.string('first_name', 150).notNullable().defaultTo('');
        t.string('last_name', 150).notNullable().defaultTo('');
        t.string('email', 254).notNullable().defaultTo('');
        t.boolean('is_staff').notNullable().defaultTo(false);
        t.boolean('is_active').notNullable().defaultTo(true);
        t.boolean('is_superuser').notNullable().defaultTo(false);
        t.timestamp('date_joined', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        t.timestamp('last_login', { useTz: true }).nullable();
      });
      await knex.schema.createTable('users_user_groups', (t) => {
        t.bigInteger('user_id').notNullable().references('id').inTable('users_user').onDelete('CASCADE');
        t.bigInteger('group_id').notNullable().references('id').inTable('users_group').onDelete('CASCADE');
        t.primary(['user_id', 'group_id']);
        t.index(['group_id']);
      });
      await knex.schema.createTable('users_token', (t) => {
        t.bigIncrements('id').primary();
        t.integer('version').notNullable().defaultTo(1);
        t.string('key', 12).nullable().unique();
        t.string('hmac_digest', 64).notNullable().index();
        t.bigInteger('user_id').notNullable().references('id').inTable('users_user').onDelete('CASCADE').index();
        t.string('description', 200).notNullable().defaultTo('');
        t.timestamp('created', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        t.timestamp('expires', { useTz: true }).nullable();
        t.timestamp('last_used', { useTz: true }).nullable();
        t.boolean('enabled').notNullable().defaultTo(true);
        t.boolean('write_enabled').notNullable().defaultTo(true);
        t.specificType('allowed_ips', 'text[]').nullable();
      });
      await knex.schema.createTable('users_objectpermission', (t) => {
        t.bigIncrements('id').primary();
        t.string('name', 100).notNullable();
        t.string('description', 200).notNullable().defaultTo('');
        t.boolean('enabled').notNullable().defaultTo(true);
        t.specificType('actions', 'text[]').notNullable();
        t.jsonb('constraints').nullable();
      });
      await knex.schema.createTable('users_objectpermission_object_types', (t) => {
        t.bigInteger('objectpermission_id').notNullable().references('id').inTable('users_objectpermission').onDelete('CASCADE');
        t.bigInteger('objecttype_id').notNullable().references('id').inTable('core_objecttype').onDelete('CASCADE');
        t.primary(['objectpermission_id', 'objecttype_id']);
      });
      for (const [table, col, target] of [
        ['users_objectpermission_users', 'user_id', 'users_user'],
        ['users_objectpermission_groups', 'group_id', 'users_group'],
      ] as const) {
        await knex.schema.createTable(table, (t) => {
          t.bigInteger('objectpermission_id').notNullable().references('id').inTable('users_objectpermission').onDelete('CASCADE');
          t.bigInteger(col).notNullable().references('id').inTable(target).onDelete('CASCADE');
          t.primary(['objectpermission_id', col]);
          t.index([col]);
        });
      }
      await knex.schema.createTable('users_userconfig', (t) => {
        t.bigInteger('user_id').primary().references('id').inTable('users_user').onDelete('CASCADE');
        t.jsonb('data').notNullable().defaultTo('{}');
      });
    },
    async down(knex: Knex) {
      for (const t of ['users_userconfig', 'users_objectpermission_groups', 'users_objectpermission_users', 'users_objectpermission_object_types', 'users_objectpermission', 'users_token', 'users_user_groups', 'users_user', 'users_group'])
        await knex.schema.dropTableIfExists(t);
    },
  },
};
