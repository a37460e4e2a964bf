/**
 * Generic cascades: rows pointing at a deleted object through a generic (`<x>_type`, `<x>_id`)
 * reference declared `onDelete: 'cascade'` are removed by the plugin (a trigger, or a delete
 * signal), and the delete logs each of them — also those of rows the database cascades (an access
 * list's rules), but only where they really go ('direct' ones go with directly deleted objects
 * only). A test-only plugin supplies the dependents the way a third-party plugin would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { BaseModel, PrimaryModel, definePlugin, field, primaryModelColumns, type FieldMap, type PatchbayEvent } from '@patchbay/core';
import { AccessList, AccessListRule } from '@patchbay/example-plugin-acl';
import { genericCascadesTo } from '../../src/operations/references.js';
import { collectCascade } from '../../src/operations/cascade.js';
import { createAclApp, LISTS, RULES, mustCreate } from '../api/acl-world.js';

const TARGETS = ['acl.accesslist', 'acl.accesslistrule'];

/** A note on a list or a rule; a trigger removes it with its target, however that goes. */
class GcNote extends PrimaryModel {
  static override tableName = 'gctest_note';
  static override label = 'gctest.note';
  static override verboseName = 'note';
  static override verboseNamePlural = 'notes';
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    target_type: field.genericType({ required: true, allowedTypes: () => TARGETS }),
    target_id: field.genericId({ required: true }),
    target: field.generic('target_type', 'target_id', { allowedTypes: () => TARGETS, onDelete: 'cascade' }),
  };
}

/** A sticker on a list or a rule; a pre_delete signal removes it, so only with a target deleted itself. */
class GcSticker extends PrimaryModel {
  static override tableName = 'gctest_sticker';
  static override label = 'gctest.sticker';
  static override verboseName = 'sticker';
  static override verboseNamePlural = 'stickers';
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    target_type: field.genericType({ required: true, allowedTypes: () => TARGETS }),
    target_id: field.genericId({ required: true }),
    target: field.generic('target_type', 'target_id', { allowedTypes: () => TARGETS, onDelete: 'cascade', cascadeFrom: () => 'direct' }),
  };
}

/** A mark on a list, not change-logged (like a bookmark): removed by a trigger, never recorded. */
class GcMark extends BaseModel {
  static override tableName = 'gctest_mark';
  static override label = 'gctest.mark';
  static override verboseName = 'mark';
  static override verboseNamePlural = 'marks';
  static override fields: FieldMap = {
    object_type: field.genericType({ required: true }),
    object_id: field.genericId({ required: true }),
    object: field.generic('object_type', 'object_id', { onDelete: 'cascade', cascadeFrom: (m) => m.label === 'acl.accesslist' }),
  };
}

/** One AFTER DELETE trigger per target table removing the rows of `table` that point at the deleted row. */
const cleanupTrigger = (table: string, target: string, label: string) => `
  CREATE TRIGGER ${table}_${target}_cleanup AFTER DELETE ON ${target} FOR EACH ROW EXECUTE FUNCTION ${table}_cleanup('${label}')`;

const gcPlugin = definePlugin({
  name: 'gctest',
  version: '1.0.0',
  compatibility: '*',
  dependsOn: ['acl'],
  models: [GcNote, GcSticker, GcMark],
  migrations: {
    '20260101000000_create_gctest_tables': {
      async up(knex) {
        for (const table of ['gctest_note', 'gctest_sticker'])
          await knex.schema.createTable(table, (t) => {
            primaryModelColumns(t, knex);
            t.string('name', 100).notNullable();
            t.string('target_type', 100).notNullable();
            t.bigInteger('target_id').notNullable();
          });
        await knex.schema.createTable('gctest_mark', (t) => {
          t.bigIncrements('id').primary();
          t.string('object_type', 100).notNullable();
          t.bigInteger('object_id').notNullable();
        });
        for (const [table, typeCol, idCol] of [['gctest_note', 'target_type', 'target_id'], ['gctest_mark', 'object_type', 'object_id']] as const)
          await knex.raw(`CREATE FUNCTION ${table}_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN DELETE FROM ${table} WHERE ${typeCol} = TG_ARGV[0] AND ${idCol} = OLD.id; RETURN NULL; END $$`);
        await knex.raw(cleanupTrigger('gctest_note', 'netbox_acls_accesslist', 'acl.accesslist'));
        await knex.raw(cleanupTrigger('gctest_note', 'netbox_acls_accesslistrule', 'acl.accesslistrule'));
        await knex.raw(cleanupTrigger('gctest_mark', 'netbox_acls_accesslist', 'acl.accesslist'));
      },
      async down(knex) {
        for (const table of ['gctest_note', 'gctest_sticker', 'gctest_mark']) await knex.schema.dropTableIfExists(table);
        await knex.raw('DROP FUNCTION IF EXISTS gctest_note_cleanup() CASCADE');
        await knex.raw('DROP FUNCTION IF EXISTS gctest_mark_cleanup() CASCADE');
      },
    },
  },
  setup({ signals }) {
    for (const model of TARGETS)
      signals.on('pre_delete', async ({ row, trx }) => {
        await trx('gctest_sticker').where({ target_type: model, target_id: row.id as number }).delete();
      }, { model });
  },
});

type Change = { changed_object_type: string; changed_object_id: number; action: string };

describe('generic cascades are logged', () => {
  let t: TestApp;
  const events: PatchbayEvent[] = [];
  let list: number;
  let rules: number[];

  const changesOf = async (requestId: string | null): Promise<Change[]> =>
    (await t.knex('core_objectchange').where('request_id', requestId).orderBy('id')).map((r) => ({
      changed_object_type: r.changed_object_type, changed_object_id: Number(r.changed_object_id), action: r.action,
    }));
  const keys = (rows: { changed_object_type: string; changed_object_id: number }[]) =>
    rows.map((r) => `${r.changed_object_type}#${r.changed_object_id}`).sort();
  const idOf = async (table: string, name: string) => Number((await t.knex(table).where({ name }).first()).id);

  beforeAll(async () => {
    t = await createAclApp({ plugins: [gcPlugin] });
    t.patchbay.container.cradle.eventBus.on('event', (e) => events.push(e));
    list = (await mustCreate(t, LISTS, { name: 'edge', type: 'extended' })).id;
    rules = [];
    for (const index of [10, 20]) rules.push((await mustCreate(t, RULES, { access_list: list, index, action: 'permit' })).id);
    await t.knex('gctest_note').insert([
      { name: 'on-list', target_type: 'acl.accesslist', target_id: list },
      { name: 'on-rule', target_type: 'acl.accesslistrule', target_id: rules[0] },
    ]);
    await t.knex('gctest_sticker').insert([
      { name: 'on-list', target_type: 'acl.accesslist', target_id: list },
      { name: 'on-rule', target_type: 'acl.accesslistrule', target_id: rules[1] },
    ]);
    await t.knex('gctest_mark').insert({ object_type: 'acl.accesslist', object_id: list });
  });
  afterAll(async () => t?.close());

  it('finds the cascading generic references a model has, by how it is deleted', () => {
    const registry = t.patchbay.container.cradle.registry;
    const names = (refs: { model: { label: string } }[]) => refs.map((r) => r.model.label).sort();
    expect(names(genericCascadesTo(registry, AccessList, true))).toEqual(['gctest.mark', 'gctest.note', 'gctest.sticker']);
    expect(names(genericCascadesTo(registry, AccessListRule, true))).toEqual(['gctest.note', 'gctest.sticker']);
    // A rule going with its list runs no signals: its stickers stay.
    expect(names(genericCascadesTo(registry, AccessListRule, false))).toEqual(['gctest.note']);
  });

  it('collects the rules, their notes and the list\'s own dependents, leaving out models never recorded', async () => {
    const { registry } = t.patchbay.container.cradle;
    const found = await collectCascade(t.knex, registry, AccessList, [list]);
    const byModel = Object.fromEntries(found.map((g) => [g.model.label, g.rows.map((r) => Number(r.id)).sort((a, b) => a - b)]));
    expect(byModel).toEqual({
      'acl.accesslistrule': rules,
      'gctest.note': [await idOf('gctest_note', 'on-list'), await idOf('gctest_note', 'on-rule')].sort((a, b) => a - b),
      'gctest.sticker': [await idOf('gctest_sticker', 'on-list')],
    });
  });

  it('a delete logs and announces every row it takes, with the request id, and nothing it leaves', async () => {
    const notes = [await idOf('gctest_note', 'on-list'), await idOf('gctest_note', 'on-rule')];
    const stickers = [await idOf('gctest_sticker', 'on-list'), await idOf('gctest_sticker', 'on-rule')];
    events.length = 0;
    const res = await t.api.delete(`${LISTS}${list}/`);
    expect(res.status).toBe(204);
    const requestId = res.headers.get('x-request-id');
    const changes = await changesOf(requestId);
    const expected = [`acl.accesslist#${list}`, ...rules.map((id) => `acl.accesslistrule#${id}`),
      ...notes.map((id) => `gctest.note#${id}`), `gctest.sticker#${stickers[0]}`].sort();
    expect(keys(changes)).toEqual(expected);
    expect(changes.every((c) => c.action === 'delete')).toBe(true);
    expect(keys(events.filter((e) => e.event_type === 'object_deleted' && e.request_id === requestId)
      .map((e) => ({ changed_object_type: e.object_type, changed_object_id: e.object_id })))).toEqual(expected);
    // What the log says is what happened: the trigger and the signal removed them, the rule's sticker stays.
    expect(Number((await t.knex('gctest_note').count({ n: '*' }).first())!.n)).toBe(0);
    expect((await t.knex('gctest_sticker').select('id')).map((r) => Number(r.id))).toEqual([stickers[1]]);
    expect(Number((await t.knex('gctest_mark').count({ n: '*' }).first())!.n)).toBe(0);
  });
});
