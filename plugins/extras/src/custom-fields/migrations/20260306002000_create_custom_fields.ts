/**
 * Custom fields and their choice sets (NetBox's tables). `object_types` is kept on the field as a
 * GIN-indexed array of "app.model" labels, so "the custom fields of this model" is one indexed
 * lookup; values live in each model's own `custom_field_data` jsonb column.
 */
import { changeLoggedColumns, foreignKey, type Migration } from '@patchbay/core';

export const createCustomFieldTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('extras_customfieldchoiceset', (t) => {
      changeLoggedColumns(t, knex);
      t.string('name', 100).notNullable().unique();
      t.string('description', 200).notNullable().defaultTo('');
      t.string('base_choices', 50).nullable();
      // [[value, label], …] (NetBox: a two-dimensional varchar array).
      t.jsonb('extra_choices').nullable();
      t.boolean('order_alphabetically').notNullable().defaultTo(false);
    });
    await knex.schema.createTable('extras_customfield', (t) => {
      changeLoggedColumns(t, knex);
      t.specificType('object_types', 'text[]').notNullable().defaultTo('{}');
      t.string('type', 50).notNullable().defaultTo('text');
      t.string('related_object_type', 100).nullable();
      t.string('name', 50).notNullable().unique();
      t.string('label', 50).notNullable().defaultTo('');
      t.string('group_name', 50).notNullable().defaultTo('');
      t.string('description', 200).notNullable().defaultTo('');
      t.boolean('required').notNullable().defaultTo(false);
      t.boolean('unique').notNullable().defaultTo(false);
      t.integer('search_weight').notNullable().defaultTo(1000);
      t.string('filter_logic', 50).notNullable().defaultTo('loose');
      t.string('ui_visible', 50).notNullable().defaultTo('always');
      t.string('ui_editable', 50).notNullable().defaultTo('yes');
      t.boolean('is_cloneable').notNullable().defaultTo(false);
      t.jsonb('default').nullable();
      t.jsonb('related_object_filter').nullable();
      t.integer('weight').notNullable().defaultTo(100);
      t.bigInteger('validation_minimum').nullable();
      t.bigInteger('validation_maximum').nullable();
      t.string('validation_regex', 500).notNullable().defaultTo('');
      foreignKey(t, 'choice_set', 'extras_customfieldchoiceset', { nullable: true, onDelete: 'protect' });
      t.text('comments').notNullable().defaultTo('');
      t.index(['object_types'], undefined, 'gin');
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('extras_customfield');
    await knex.schema.dropTableIfExists('extras_customfieldchoiceset');
  },
};
