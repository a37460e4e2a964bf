import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  definePlugin, defineResource, defineSerializer, defineFilterSet, field, createObjects, foreignKey, primaryModelColumns,
  PrimaryModel, type FieldMap, type HookContext, type PatchbayEvent,
} from '@patchbay/core';
import { createTestApp, type TestApp } from '@patchbay/core/testing';

/**
 * A model hook creating related objects through core's operations, in the same transaction (what a
 * device does with its component templates): every object gets its change record and event, and a
 * failure anywhere leaves nothing behind.
 */
class Chassis extends PrimaryModel {
  static override tableName = 'hooktest_chassis';
  static override label = 'hooktest.chassis';
  static override verboseName = 'chassis';
  static override verboseNamePlural = 'chassis';
  static override fields: FieldMap = {
    name: field.string({ required: true }),
    slots: field.integer({ default: 2, min: 0, max: 1000 }),
  };
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    if (prev) return;
    const slots = ctx.request.registry.resourceFor(Slot.label)!;
    const bodies = Array.from({ length: Number(row.slots) }, (_, i) => ({ chassis: row.id, name: `slot${i + 1}` }));
    // A name too long for a slot makes a child invalid, to prove the parent rolls back with it.
    if (String(row.name).startsWith('broken')) bodies.push({ chassis: row.id, name: 'x'.repeat(300) });
    if (bodies.length) await createObjects(ctx.request, slots, bodies, { trx: ctx.trx });
  }
}

class Slot extends PrimaryModel {
  static override tableName = 'hooktest_slot';
  static override label = 'hooktest.slot';
  static override verboseName = 'slot';
  static override verboseNamePlural = 'slots';
  static override fields: FieldMap = {
    chassis: field.related(() => Chassis, { required: true, onDelete: 'cascade' }),
    name: field.string({ required: true, maxLength: 50 }),
  };
}

const plugin = definePlugin({
  name: 'hooktest',
  version: '1.0.0',
  compatibility: '*',
  models: [Chassis, Slot],
  resources: [
    defineResource({ slug: 'chassis', model: Chassis, serializer: defineSerializer(Chassis, { fields: ['id', 'url', 'display', 'name', 'slots', 'created', 'last_updated'], brief: ['id', 'name'] }), filterSet: defineFilterSet(Chassis, { fields: { name: 'text' } }) }),
    defineResource({ slug: 'slots', model: Slot, serializer: defineSerializer(Slot, { fields: ['id', 'url', 'display', 'chassis', 'name', 'created', 'last_updated'], brief: ['id', 'name'] }), filterSet: defineFilterSet(Slot, { fields: { name: 'text' } }) }),
  ],
  migrations: {
    '20260101000000_create': {
      async up(knex) {
        await knex.schema.createTable('hooktest_chassis', (t) => { primaryModelColumns(t, knex); t.string('name', 200).notNullable(); t.integer('slots').notNullable().defaultTo(2); });
        await knex.schema.createTable('hooktest_slot', (t) => { primaryModelColumns(t, knex); foreignKey(t, 'chassis', 'hooktest_chassis', { onDelete: 'cascade' }); t.string('name', 50).notNullable(); });
      },
    },
  },
});

describe('operations called from a model hook', () => {
  let t: TestApp;
  const events: PatchbayEvent[] = [];
  beforeAll(async () => {
    t = await createTestApp({ plugins: [plugin] });
    t.patchbay.container.cradle.eventBus.on('event', (e) => events.push(e));
  });
  afterAll(async () => t?.close());

  it('creates the children in the parent\'s transaction, each change-logged under the request id', async () => {
    const res = await t.api.post('/api/plugins/hooktest/chassis/', { name: 'c1', slots: 3 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const requestId = res.headers.get('x-request-id');
    const changes = (await t.api.get(`/api/core/object-changes/?request_id=${requestId}&limit=0`)).body.results;
    expect(changes.map((c: { changed_object_type: string; object_repr: string }) => `${c.changed_object_type} ${c.object_repr}`).sort())
      .toEqual(['hooktest.chassis c1', 'hooktest.slot slot1', 'hooktest.slot slot2', 'hooktest.slot slot3']);
    expect(events.filter((e) => e.request_id === requestId).map((e) => e.event_type)).toEqual(Array(4).fill('object_created'));
  });

  it('rolls everything back when a child is invalid', async () => {
    const before = Number((await t.knex('core_objectchange').count({ n: '*' }))[0]!.n);
    const res = await t.api.post('/api/plugins/hooktest/chassis/', { name: 'broken', slots: 2 });
    expect(res.status).toBe(400);
    expect((await t.api.get('/api/plugins/hooktest/chassis/?name=broken')).body.count).toBe(0);
    expect(Number((await t.knex('hooktest_slot').count({ n: '*' }))[0]!.n)).toBe(3);
    expect(Number((await t.knex('core_objectchange').count({ n: '*' }))[0]!.n)).toBe(before);
  });
});
