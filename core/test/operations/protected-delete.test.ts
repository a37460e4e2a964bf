/**
 * Protected references: deleting an object another model points at with ON DELETE PROTECT
 * answers 409 naming the dependents and deletes nothing — not the object, not its cascade, not a
 * change record — alone or inside a bulk delete. A tiny test-only plugin supplies the protecting
 * model (its own table, migration and endpoint), the way a third-party plugin would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import {
  PrimaryModel, defineFilterSet, definePlugin, defineResource, defineSerializer, field, foreignKey, primaryModelColumns, relation,
  type FieldMap, type PatchbayEvent,
} from '@patchbay/core';
import { AccessList } from '@patchbay/example-plugin-acl';
import { createAclApp, fingerprint, LISTS, RULES, mustCreate } from '../api/acl-world.js';

/** Binds an access list to something; the list may not disappear while bound. */
class AclBinding extends PrimaryModel {
  static override tableName = 'acltest_binding';
  static override label = 'acltest.binding';
  static override verboseName = 'ACL binding';
  static override verboseNamePlural = 'ACL bindings';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    access_list: field.related(() => AccessList, { required: true, onDelete: 'protect' }),
  };
}

const bindingPlugin = definePlugin({
  name: 'acltest',
  version: '1.0.0',
  compatibility: '*',
  dependsOn: ['acl'],
  models: [AclBinding],
  resources: [
    defineResource({
      slug: 'bindings',
      model: AclBinding,
      serializer: defineSerializer(AclBinding, {
        fields: ['id', 'url', 'display', 'name', 'access_list', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated'],
        brief: ['id', 'url', 'display', 'name'],
      }),
      filterSet: defineFilterSet(AclBinding, { fields: { name: 'text', access_list: relation(() => AccessList, { by: 'name' }) } }),
    }),
  ],
  migrations: {
    '20260101000000_create_acltest_binding': {
      async up(knex) {
        await knex.schema.createTable('acltest_binding', (t) => {
          primaryModelColumns(t, knex);
          t.string('name', 100).notNullable();
          foreignKey(t, 'access_list', 'netbox_acls_accesslist', { onDelete: 'protect' });
        });
      },
      async down(knex) {
        await knex.schema.dropTableIfExists('acltest_binding');
      },
    },
  },
});

const BINDINGS = '/api/plugins/acltest/bindings/';
const TABLES = ['netbox_acls_accesslist', 'netbox_acls_accesslistrule', 'acltest_binding', 'core_objectchange'];

describe('deleting a protected object', () => {
  let t: TestApp;
  let bound: number;
  let free: number;
  let bindings: number[];
  const events: PatchbayEvent[] = [];
  beforeAll(async () => {
    t = await createAclApp({ plugins: [bindingPlugin] });
    t.patchbay.container.cradle.eventBus.on('event', (e) => events.push(e));
    bound = (await mustCreate(t, LISTS, { name: 'bound', type: 'extended' })).id;
    free = (await mustCreate(t, LISTS, { name: 'free', type: 'extended' })).id;
    for (const index of [10, 20]) await mustCreate(t, RULES, { access_list: bound, index, action: 'permit' });
    await mustCreate(t, RULES, { access_list: free, index: 10, action: 'permit' });
    bindings = [];
    for (const name of ['edge-in', 'edge-out']) bindings.push((await mustCreate(t, BINDINGS, { name, access_list: { name: 'bound' } })).id);
  });
  afterAll(async () => t?.close());

  it('answers 409 naming the dependents and deletes nothing, not even the cascade', async () => {
    const before = await fingerprint(t.knex, TABLES);
    events.length = 0;
    const res = await t.api.delete(`${LISTS}${bound}/`);
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ detail: 'Unable to delete object. 2 dependent objects were found: ACL bindings (2)' });
    expect(await fingerprint(t.knex, TABLES)).toEqual(before);
    expect(events).toEqual([]);
  });

  it('a bulk delete with one protected object deletes none of them', async () => {
    const before = await fingerprint(t.knex, TABLES);
    const res = await t.api.delete(LISTS, [{ id: free }, { id: bound }]);
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/ACL bindings \(2\)/);
    expect(await fingerprint(t.knex, TABLES)).toEqual(before);
  });

  it('the database refuses it too (ON DELETE RESTRICT), so no path around the check deletes it', async () => {
    // restrict_violation (PostgreSQL 16+) or foreign_key_violation (15 and older): both answer 409.
    const err = await t.knex('netbox_acls_accesslist').where('id', bound).delete().then(() => null, (e: { code?: string }) => e);
    expect(['23001', '23503']).toContain(err?.code);
  });

  it('a dependent that appears after the check (a race) still answers 409 and deletes nothing', async () => {
    const raced = (await mustCreate(t, LISTS, { name: 'raced', type: 'standard' })).id;
    // Stands in for a concurrent request binding the list between the dependents check and the DELETE.
    const off = t.patchbay.container.cradle.signals.on('pre_delete', async ({ row, trx }) => {
      await trx('acltest_binding').insert({ name: 'late', access_list_id: row.id });
    }, { model: 'acl.accesslist' });
    try {
      const before = await fingerprint(t.knex, TABLES);
      const res = await t.api.delete(`${LISTS}${raced}/`);
      expect(res.status).toBe(409);
      expect(Object.keys(res.body)).toEqual(['detail']);
      expect(res.body.detail).toMatch(/referenced by other objects|other objects depend on it/);
      expect(await fingerprint(t.knex, TABLES)).toEqual(before);
    } finally {
      off();
    }
  });

  it('once the dependents are gone the delete succeeds and cascades to the rules', async () => {
    expect((await t.api.delete(BINDINGS, bindings.map((id) => ({ id })))).status).toBe(204);
    const res = await t.api.delete(`${LISTS}${bound}/`);
    expect(res.status).toBe(204);
    expect(await t.knex('netbox_acls_accesslistrule').where('access_list_id', bound)).toEqual([]);
    expect(await t.knex('netbox_acls_accesslist').where('id', bound)).toEqual([]);
  });

  it('a reference to a missing list is refused when writing the binding', async () => {
    const res = await t.api.post(BINDINGS, { name: 'dangling', access_list: bound });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ access_list: [`Related object not found using the provided numeric ID: ${bound}`] });
  });
});
