/** Tables of custom links, export templates, saved filters and image attachments (NetBox's names). */
import { changeLoggedColumns, foreignKey, type Knex, type Migration } from '@patchbay/core';

/** A NetBox M2M through table to core_objecttype, cascading from both sides. */
function objectTypesTable(knex: Knex, table: string, owner: string, ownerTable: string) {
  return knex.schema.createTable(table, (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger(owner).notNullable().references('id').inTable(ownerTable).onDelete('CASCADE');
    t.bigInteger('objecttype_id').notNullable().references('id').inTable('core_objecttype').onDelete('CASCADE');
    t.unique([owner, 'objecttype_id']);
    t.index(['objecttype_id']);
  });
}

export const createContentTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('extras_customlink', (t) => {
      changeLoggedColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.boolean('enabled').notNullable().defaultTo(true);
      t.text('link_text').notNullable();
      t.text('link_url').notNullable();
      t.integer('weight').notNullable().defaultTo(100);
      t.string('group_name', 50).notNullable().defaultTo('');
      t.string('button_class', 30).notNullable().defaultTo('default');
      t.boolean('new_window').notNullable().defaultTo(false);
    });
    await objectTypesTable(knex, 'extras_customlink_object_types', 'customlink_id', 'extras_customlink');

    await knex.schema.createTable('extras_exporttemplate', (t) => {
      changeLoggedColumns(t, knex);
      t.string('name', 100).notNullable();
      t.string('description', 200).notNullable().defaultTo('');
      t.text('template_code').notNullable();
      t.string('mime_type', 50).notNullable().defaultTo('');
      t.string('file_extension', 15).notNullable().defaultTo('');
      t.boolean('as_attachment').notNullable().defaultTo(true);
      t.index(['name']);
    });
    await objectTypesTable(knex, 'extras_exporttemplate_object_types', 'exporttemplate_id', 'extras_exporttemplate');

    await knex.schema.createTable('extras_savedfilter', (t) => {
      changeLoggedColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.string('slug', 100).notNullable().unique();
      t.string('description', 200).notNullable().defaultTo('');
      foreignKey(t, 'user', 'users_user', { nullable: true, onDelete: 'set_null' });
      t.integer('weight').notNullable().defaultTo(100);
      t.boolean('enabled').notNullable().defaultTo(true);
      t.boolean('shared').notNullable().defaultTo(true);
      t.jsonb('parameters').notNullable();
    });
    await objectTypesTable(knex, 'extras_savedfilter_object_types', 'savedfilter_id', 'extras_savedfilter');

    await knex.schema.createTable('extras_imageattachment', (t) => {
      changeLoggedColumns(t, knex);
      t.string('object_type', 100).notNullable();
      t.bigInteger('object_id').notNullable();
      t.string('image', 100).notNullable();
      t.integer('image_height').notNullable();
      t.integer('image_width').notNullable();
      t.string('name', 50).notNullable().defaultTo('');
      t.index(['object_type', 'object_id']);
    });
  },
  async down(knex) {
    for (const table of [
      'extras_imageattachment', 'extras_savedfilter_object_types', 'extras_savedfilter',
      'extras_exporttemplate_object_types', 'extras_exporttemplate', 'extras_customlink_object_types', 'extras_customlink',
    ]) await knex.schema.dropTableIfExists(table);
  },
};
