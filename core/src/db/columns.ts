/** Column sets for plugin migrations, matching the model base classes in models/. */
import type { Knex } from 'knex';

/** `id`, `created`, `last_updated` — every change-logged table. */
export function changeLoggedColumns(t: Knex.CreateTableBuilder, knex: Knex): void {
  t.bigIncrements('id').primary();
  t.timestamp('created', { useTz: true }).nullable().defaultTo(knex.fn.now());
  t.timestamp('last_updated', { useTz: true }).nullable().defaultTo(knex.fn.now());
}

/** NetBoxModel: change log plus `custom_field_data`. */
export function netboxModelColumns(t: Knex.CreateTableBuilder, knex: Knex): void {
  changeLoggedColumns(t, knex);
  t.jsonb('custom_field_data').notNullable().defaultTo('{}');
}

/** PrimaryModel: NetBoxModel plus `description` and `comments`. */
export function primaryModelColumns(t: Knex.CreateTableBuilder, knex: Knex): void {
  netboxModelColumns(t, knex);
  t.string('description', 200).notNullable().defaultTo('');
  t.text('comments').notNullable().defaultTo('');
}

/** OrganizationalModel: unique `name` and `slug` plus description and comments. */
export function organizationalModelColumns(t: Knex.CreateTableBuilder, knex: Knex): void {
  netboxModelColumns(t, knex);
  t.string('name', 100).notNullable().unique();
  t.string('slug', 100).notNullable().unique();
  t.string('description', 200).notNullable().defaultTo('');
  t.text('comments').notNullable().defaultTo('');
}

/** NestedGroupModel: a tree with a materialised, GIN-indexed `_path` (see nested-group-model.ts). */
export function nestedGroupModelColumns(t: Knex.CreateTableBuilder, knex: Knex, table: string): void {
  netboxModelColumns(t, knex);
  t.bigInteger('parent_id').nullable().references('id').inTable(table).onDelete('CASCADE');
  t.string('name', 100).notNullable();
  t.string('slug', 100).notNullable();
  t.string('description', 200).notNullable().defaultTo('');
  t.text('comments').notNullable().defaultTo('');
  t.specificType('_path', 'bigint[]').notNullable().defaultTo('{}');
  t.index(['_path'], undefined, 'gin');
  t.index(['parent_id']);
}

/** A foreign key column `<name>_id` with an index; `protect` maps to ON DELETE RESTRICT. */
export function foreignKey(
  t: Knex.CreateTableBuilder,
  name: string,
  table: string,
  opts: { nullable?: boolean; onDelete?: 'protect' | 'cascade' | 'set_null' } = {},
): void {
  const col = t.bigInteger(`${name}_id`).references('id').inTable(table);
  col.onDelete(opts.onDelete === 'cascade' ? 'CASCADE' : opts.onDelete === 'set_null' ? 'SET NULL' : 'RESTRICT');
  if (opts.nullable) col.nullable();
  else col.notNullable();
  t.index([`${name}_id`]);
}
