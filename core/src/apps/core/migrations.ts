/** Tables of the core app: object types, the change log, workers and the job queue, instance secrets. */
import type { Knex } from 'knex';
import type { Migration } from '../../plugin/define-plugin.js';

export const coreMigrations: Record<string, Migration> = {
  '20260101000000_create_core_tables': {
    async up(knex: Knex) {
      await knex.schema.createTable('core_objecttype', (t) => {
        t.bigIncrements('id').primary();
        t.string('app_label', 100).notNullable();
        t.string('model', 100).notNullable();
        t.boolean('public').notNullable().defaultTo(true);
        t.specificType('features', 'text[]').notNullable().defaultTo('{}');
        t.unique(['app_label', 'model']);
      });
      await knex.schema.createTable('core_objectchange', (t) => {
        t.bigIncrements('id').primary();
        t.timestamp('time', { useTz: true }).notNullable().defaultTo(knex.fn.now()).index();
        t.bigInteger('user_id').nullable();
        t.string('user_name', 150).notNullable().defaultTo('');
        t.uuid('request_id').notNullable().index();
        t.string('action', 50).notNullable();
        t.string('changed_object_type', 100).notNullable();
        t.bigInteger('changed_object_id').notNullable();
        t.string('related_object_type', 100).nullable();
        t.bigInteger('related_object_id').nullable();
        t.string('object_repr', 200).notNullable();
        t.string('message', 200).notNullable().defaultTo('');
        t.jsonb('prechange_data').nullable();
        t.jsonb('postchange_data').nullable();
        t.index(['changed_object_type', 'changed_object_id']);
        t.index(['related_object_type', 'related_object_id']);
      });
      // Background work: a Postgres-backed queue consumed by `patchbay worker` (FOR UPDATE SKIP LOCKED).
      await knex.schema.createTable('core_job', (t) => {
        t.bigIncrements('id').primary();
        t.string('name', 200).notNullable();
        t.string('queue_name', 100).notNullable().defaultTo('default');
        t.string('status', 30).notNullable().defaultTo('pending');
        t.jsonb('data').nullable();
        t.text('error').notNullable().defaultTo('');
        t.timestamp('created', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        t.timestamp('scheduled', { useTz: true }).nullable();
        t.timestamp('started', { useTz: true }).nullable();
        t.timestamp('completed', { useTz: true }).nullable();
        t.bigInteger('user_id').nullable();
        t.uuid('job_id').notNullable().defaultTo(knex.raw('gen_random_uuid()')).unique();
        t.integer('attempts').notNullable().defaultTo(0);
        t.index(['status', 'queue_name', 'scheduled']);
      });
      await knex.schema.createTable('core_worker', (t) => {
        t.string('name', 200).primary();
        t.string('hostname', 200).notNullable();
        t.integer('pid').notNullable();
        t.timestamp('started', { useTz: true }).notNullable().defaultTo(knex.fn.now());
        t.timestamp('heartbeat', { useTz: true }).notNullable().defaultTo(knex.fn.now());
      });
      // Generated once per database so that every API process behind a balancer signs alike.
      await knex.schema.createTable('core_instance_secret', (t) => {
        t.string('name', 50).primary();
        t.text('value').notNullable();
      });
    },
    async down(knex: Knex) {
      for (const t of ['core_instance_secret', 'core_worker', 'core_job', 'core_objectchange', 'core_objecttype']) await knex.schema.dropTableIfExists(t);
    },
  },
};
