import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  definePlugin, defineResource, defineSerializer, defineFilterSet, field, BaseModel, type FieldMap,
} from '@patchbay/core';
import { createTestApp, type TestApp } from '@patchbay/core/testing';

/** Many-to-many items render in the target's own default order, descending terms included. */
class Label extends BaseModel {
  static override tableName = 'm2mtest_label';
  static override label = 'm2mtest.label';
  static override verboseName = 'label';
  static override verboseNamePlural = 'labels';
  static override ordering = ['-priority', 'name'];
  static override fields: FieldMap = { name: field.string({ required: true }), priority: field.integer({ default: 0 }) };
}

class Box extends BaseModel {
  static override tableName = 'm2mtest_box';
  static override label = 'm2mtest.box';
  static override verboseName = 'box';
  static override verboseNamePlural = 'boxes';
  static override fields: FieldMap = {
    name: field.string({ required: true }),
    labels: field.many(() => Label, { table: 'm2mtest_box_labels', from: 'box_id', to: 'label_id' }),
  };
}

const plugin = definePlugin({
  name: 'm2mtest',
  version: '1.0.0',
  compatibility: '*',
  models: [Label, Box],
  resources: [
    defineResource({ slug: 'labels', model: Label, serializer: defineSerializer(Label, { fields: ['id', 'url', 'display', 'name', 'priority'], brief: ['id', 'name', 'priority'] }), filterSet: defineFilterSet(Label, { fields: {} }) }),
    defineResource({ slug: 'boxes', model: Box, serializer: defineSerializer(Box, { fields: ['id', 'url', 'display', 'name', 'labels'], brief: ['id', 'name'] }), filterSet: defineFilterSet(Box, { fields: {} }) }),
  ],
  migrations: {
    '20260101000000_create': {
      async up(knex) {
        await knex.schema.createTable('m2mtest_label', (t) => { t.bigIncrements('id'); t.string('name', 200).notNullable(); t.integer('priority').notNullable().defaultTo(0); });
        await knex.schema.createTable('m2mtest_box', (t) => { t.bigIncrements('id'); t.string('name', 200).notNullable(); });
        await knex.schema.createTable('m2mtest_box_labels', (t) => {
          t.bigInteger('box_id').notNullable().references('id').inTable('m2mtest_box').onDelete('CASCADE');
          t.bigInteger('label_id').notNullable().references('id').inTable('m2mtest_label').onDelete('CASCADE');
          t.primary(['box_id', 'label_id']);
        });
      },
    },
  },
});

describe('many-to-many rendering order', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ plugins: [plugin] });
  });
  afterAll(async () => t?.close());

  it('follows the target ordering, descending first', async () => {
    const ids: number[] = [];
    for (const [name, priority] of [['low', 1], ['high', 9], ['mid-b', 5], ['mid-a', 5]] as const)
      ids.push((await t.api.post('/api/plugins/m2mtest/labels/', { name, priority })).body.id);
    const box = await t.api.post('/api/plugins/m2mtest/boxes/', { name: 'b', labels: ids });
    expect(box.status, JSON.stringify(box.body)).toBe(201);
    expect(box.body.labels.map((l: { name: string }) => l.name)).toEqual(['high', 'mid-a', 'mid-b', 'low']);
  });
});
