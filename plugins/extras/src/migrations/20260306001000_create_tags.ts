/** Tables of the tags area: tags, their object-type restriction and the tagged items. */
import { changeLoggedColumns, type Migration } from '@patchbay/core';

export const createTags: Migration = {
  async up(knex) {
    await knex.schema.createTable('extras_tag', (t) => {
      changeLoggedColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.string('slug', 100).notNullable().unique();
      t.string('color', 6).notNullable().defaultTo('9e9e9e');
      t.string('description', 200).notNullable().defaultTo('');
    });
    // NetBox's case-insensitive collations on name and slug.
    await knex.raw('CREATE UNIQUE INDEX extras_tag_name_ci ON extras_tag (lower(name))');
    await knex.raw('CREATE UNIQUE INDEX extras_tag_slug_ci ON extras_tag (lower(slug))');
    await knex.schema.createTable('extras_tag_object_types', (t) => {
      t.bigIncrements('id').primary();
      t.bigInteger('tag_id').notNullable().references('id').inTable('extras_tag').onDelete('CASCADE');
      t.bigInteger('objecttype_id').notNullable().references('id').inTable('core_objecttype').onDelete('CASCADE');
      t.unique(['tag_id', 'objecttype_id']);
      t.index(['objecttype_id']);
    });
    // Objects are named by model label ('dcim.site'), as other generic relations here.
    await knex.schema.createTable('extras_taggeditem', (t) => {
      t.bigIncrements('id').primary();
      t.bigInteger('tag_id').notNullable().references('id').inTable('extras_tag').onDelete('CASCADE');
      t.string('object_type', 100).notNullable();
      t.bigInteger('object_id').notNullable();
      t.unique(['tag_id', 'object_type', 'object_id']);
      t.index(['object_type', 'object_id']);
    });
    // Statement-level cleanup run by a trigger on every tagged table (see object-cleanup.ts):
    // the object's label is the trigger's argument, the deleted rows its transition table.
    await knex.raw(`
      CREATE OR REPLACE FUNCTION extras_taggeditem_cleanup() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM extras_taggeditem WHERE object_type = TG_ARGV[0] AND object_id IN (SELECT id FROM extras_gone);
        RETURN NULL;
      END
      $fn$`);
  },
  async down(knex) {
    await knex.raw('DROP FUNCTION IF EXISTS extras_taggeditem_cleanup() CASCADE');
    await knex.schema.dropTableIfExists('extras_taggeditem');
    await knex.schema.dropTableIfExists('extras_tag_object_types');
    await knex.schema.dropTableIfExists('extras_tag');
  },
};
