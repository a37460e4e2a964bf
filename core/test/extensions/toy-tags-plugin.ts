/**
 * A test plugin that fills core's `tags` extension point the way the extras plugin will: its own
 * tag table, a field provider (render, parse, save) and a filter provider (`tag`, `tag__n`).
 */
import {
  definePlugin, FieldValueError, featuresOf, method,
  type FieldProvider, type FilterDef, type FilterProvider, type ModelClass,
} from '@patchbay/core';

const provider: FieldProvider = {
  kind: 'tags',
  async load({ db }, model, rows) {
    const ids = rows.map((r) => Number(r.id));
    const hits: { object_id: number; id: number; name: string; slug: string }[] = await db('toy_tagged as x')
      .join('toy_tag as g', 'g.id', 'x.tag_id')
      .select('x.object_id', 'g.id', 'g.name', 'g.slug')
      .where('x.object_type', model.label)
      .whereIn('x.object_id', ids)
      .orderBy('g.name');
    const out = new Map<number, unknown>(ids.map((id) => [id, []]));
    for (const h of hits) (out.get(Number(h.object_id)) as unknown[]).push({ id: Number(h.id), name: h.name, slug: h.slug });
    return out;
  },
  async parse({ db }, _model, value) {
    if (!Array.isArray(value)) throw new FieldValueError(['Expected a list of items.']);
    const ids: number[] = [];
    for (const item of value) {
      const where = typeof item === 'number' ? { id: item } : item && typeof item === 'object' ? item : null;
      const tag = where && (await db('toy_tag').select('id').where(where as Record<string, string>).first());
      if (!tag) throw new FieldValueError([`Tag not found: ${JSON.stringify(item)}`]);
      ids.push(Number(tag.id));
    }
    return ids;
  },
  async save({ db }, model, row, parsed) {
    await db('toy_tagged').where({ object_type: model.label, object_id: row.id }).delete();
    const ids = parsed as number[];
    if (ids.length) await db('toy_tagged').insert(ids.map((tag_id) => ({ object_type: model.label, object_id: row.id, tag_id })));
  },
  schema: { read: { type: 'array', items: { type: 'object' } }, write: { type: 'array', items: {} } },
};

const tagFilter: FilterProvider = {
  name: 'toy-tag',
  filtersFor(model: ModelClass): Record<string, FilterDef> {
    if (!featuresOf(model).has('tags')) return {};
    return {
      tag: method('text', (qb, values, _lookup, negate) => {
        const tagged = (slug: unknown) => (sub: import('knex').Knex.QueryBuilder) =>
          sub.select('x.object_id').from('toy_tagged as x').join('toy_tag as g', 'g.id', 'x.tag_id')
            .where('x.object_type', model.label).where('g.slug', slug as string);
        // NetBox: every given tag must be present; tag__n: none of them.
        for (const v of values) negate ? qb.whereNotIn('t.id', tagged(v)) : qb.whereIn('t.id', tagged(v));
      }, ['n']),
    };
  },
};

export const toyTagsPlugin = definePlugin({
  name: 'toytags',
  version: '1.0.0',
  compatibility: '*',
  extends: { fieldProviders: [provider], filterProviders: [tagFilter] },
  migrations: {
    '20260101000000_create_toy_tags': {
      async up(knex) {
        await knex.schema.createTable('toy_tag', (t) => {
          t.bigIncrements('id').primary();
          t.string('name', 100).notNullable().unique();
          t.string('slug', 100).notNullable().unique();
        });
        await knex.schema.createTable('toy_tagged', (t) => {
          t.string('object_type', 100).notNullable();
          t.bigInteger('object_id').notNullable();
          t.bigInteger('tag_id').notNullable().references('id').inTable('toy_tag').onDelete('CASCADE');
          t.primary(['object_type', 'object_id', 'tag_id']);
        });
      },
    },
  },
});
