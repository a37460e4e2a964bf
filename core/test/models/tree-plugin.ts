/** A test-only plugin with a NestedGroupModel tree and a model filtered by subtree. */
import {
  definePlugin, defineResource, defineSerializer, defineFilterSet, relation, field, foreignKey,
  NestedGroupModel, PrimaryModel, nestedGroupModelColumns, primaryModelColumns, type FieldMap,
} from '@patchbay/core';

export class Area extends NestedGroupModel {
  static override tableName = 'treetest_area';
  static override label = 'treetest.area';
  static override verboseName = 'area';
  static override verboseNamePlural = 'areas';
}

export class Spot extends PrimaryModel {
  static override tableName = 'treetest_spot';
  static override label = 'treetest.spot';
  static override verboseName = 'spot';
  static override verboseNamePlural = 'spots';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    area: field.related(() => Area, { nullable: true }),
  };
}

export const treePlugin = definePlugin({
  name: 'treetest',
  version: '1.0.0',
  compatibility: '*',
  models: [Area, Spot],
  resources: [
    defineResource({
      slug: 'areas', model: Area,
      serializer: defineSerializer(Area, {
        fields: ['id', 'url', 'display_url', 'display', 'name', 'slug', 'parent', 'description', 'tags', 'custom_fields', 'created', 'last_updated', '_depth'],
        brief: ['id', 'url', 'display', 'name', 'slug', 'description', '_depth'],
      }),
      filterSet: defineFilterSet(Area, {
        fields: { name: 'text', slug: 'text', parent: relation(() => Area), ancestor: relation(() => Area, { column: 'id', tree: true }) },
        search: ['name', 'slug', 'description'],
      }),
    }),
    defineResource({
      slug: 'spots', model: Spot,
      serializer: defineSerializer(Spot, {
        fields: ['id', 'url', 'display_url', 'display', 'name', 'area', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated'],
        brief: ['id', 'url', 'display', 'name'],
      }),
      filterSet: defineFilterSet(Spot, { fields: { name: 'text', area: relation(() => Area, { tree: true }) }, search: ['name'] }),
    }),
  ],
  migrations: {
    '20260101000000_create_tree_tables': {
      async up(knex) {
        await knex.schema.createTable('treetest_area', (t) => {
          nestedGroupModelColumns(t, knex, 'treetest_area');
          t.unique(['parent_id', 'name']);
        });
        await knex.schema.createTable('treetest_spot', (t) => {
          primaryModelColumns(t, knex);
          t.string('name', 100).notNullable();
          foreignKey(t, 'area', 'treetest_area', { nullable: true, onDelete: 'set_null' });
        });
      },
    },
  },
});
