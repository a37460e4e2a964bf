/** Tables of the journal area: journal entries and bookmarks, both pointing at objects by model label. */
import { changeLoggedColumns, type Migration } from '@patchbay/core';

export const createJournal: Migration = {
  async up(knex) {
    await knex.schema.createTable('extras_journalentry', (t) => {
      changeLoggedColumns(t, knex);
      t.jsonb('custom_field_data').notNullable().defaultTo('{}');
      t.string('assigned_object_type', 100).notNullable();
      t.bigInteger('assigned_object_id').notNullable();
      t.bigInteger('created_by_id').nullable().references('id').inTable('users_user').onDelete('SET NULL');
      t.string('kind', 30).notNullable().defaultTo('info');
      t.text('comments').notNullable();
      t.index(['assigned_object_type', 'assigned_object_id']);
      t.index(['created_by_id']);
    });
    await knex.schema.createTable('extras_bookmark', (t) => {
      t.bigIncrements('id').primary();
      t.timestamp('created', { useTz: true }).notNullable().defaultTo(knex.fn.now());
      t.string('object_type', 100).notNullable();
      t.bigInteger('object_id').notNullable();
      t.bigInteger('user_id').notNullable().references('id').inTable('users_user').onDelete('CASCADE');
      t.unique(['object_type', 'object_id', 'user_id'], { indexName: 'extras_bookmark_unique_per_object_and_user' });
      t.index(['user_id']);
    });
    // Run by a trigger on each journaled / bookmarkable table (see tags/object-cleanup.ts): NetBox's
    // GenericRelations delete an object's journal entries and bookmarks with it.
    await knex.raw(`
      CREATE OR REPLACE FUNCTION extras_journal_cleanup() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM extras_journalentry WHERE assigned_object_type = TG_ARGV[0] AND assigned_object_id IN (SELECT id FROM extras_gone);
        DELETE FROM extras_bookmark WHERE object_type = TG_ARGV[0] AND object_id IN (SELECT id FROM extras_gone);
        RETURN NULL;
      END
      $fn$`);
  },
  async down(knex) {
    await knex.raw('DROP FUNCTION IF EXISTS extras_journal_cleanup() CASCADE');
    await knex.schema.dropTableIfExists('extras_bookmark');
    await knex.schema.dropTableIfExists('extras_journalentry');
  },
};
