/**
 * A test-only plugin with scoped models: patches as NetBox's prefixes and clusters are, taps as its
 * circuit terminations are (another column name, a target outside dcim cached as-is, region caches
 * that cascade). Their fields, migration, afterSave and filters come only from dcim's exported
 * cached-scope helper.
 */
import {
  definePlugin, defineResource, defineSerializer, defineFilterSet, field, PrimaryModel, primaryModelColumns,
  relation, type FieldMap, type HookContext,
} from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { addScopeColumns, scopeFields, scopeFilters, syncScope } from '../../src/index.js';

export class Patch extends PrimaryModel {
  static override tableName = 'scopetest_patch';
  static override label = 'scopetest.patch';
  static override verboseName = 'patch';
  static override verboseNamePlural = 'patches';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    ...scopeFields(),
  };

  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await syncScope(ctx.trx, Patch, row, prev);
  }
}

/** A tap's scope: `target_type` / `target_id`, which may also be a tenant (cached in `_tenant_id`). */
const TAP_SCOPE = { name: 'target', direct: { 'tenancy.tenant': '_tenant_id' }, regionOnDelete: 'cascade' } as const;

export class Tap extends PrimaryModel {
  static override tableName = 'scopetest_tap';
  static override label = 'scopetest.tap';
  static override verboseName = 'tap';
  static override verboseNamePlural = 'taps';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    ...scopeFields(TAP_SCOPE),
    _tenant: field.related(() => Tenant, { nullable: true, readOnly: true, onDelete: 'protect' }),
  };

  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await syncScope(ctx.trx, Tap, row, prev);
  }
}

export const scopedPlugin = definePlugin({
  name: 'scopetest',
  version: '1.0.0',
  compatibility: '*',
  dependsOn: ['dcim'],
  models: [Patch, Tap],
  resources: [
    defineResource({
      slug: 'patches', model: Patch,
      serializer: defineSerializer(Patch, {
        fields: ['id', 'url', 'display', 'name', 'scope_type', 'scope_id', 'scope', 'created', 'last_updated'],
        brief: ['id', 'url', 'display', 'name'],
      }),
      filterSet: defineFilterSet(Patch, { fields: { name: 'text', scope_type: 'text', scope_id: 'number', ...scopeFilters() }, search: ['name'] }),
    }),
    defineResource({
      slug: 'taps', model: Tap,
      serializer: defineSerializer(Tap, {
        fields: ['id', 'url', 'display', 'name', 'target_type', 'target_id', 'target', 'created', 'last_updated'],
        brief: ['id', 'url', 'display', 'name'],
      }),
      filterSet: defineFilterSet(Tap, {
        fields: { name: 'text', target_type: 'text', ...scopeFilters(), tenant: relation(() => Tenant, { column: '_tenant_id' }) },
        search: ['name'],
      }),
    }),
  ],
  migrations: {
    '20260399000001_create_patch_table': {
      async up(knex) {
        await knex.schema.createTable('scopetest_patch', (t) => {
          primaryModelColumns(t, knex);
          t.string('name', 100).notNullable();
          addScopeColumns(t);
        });
        await knex.schema.createTable('scopetest_tap', (t) => {
          primaryModelColumns(t, knex);
          t.string('name', 100).notNullable();
          addScopeColumns(t, TAP_SCOPE);
          t.integer('_tenant_id').nullable().references('id').inTable('tenancy_tenant').onDelete('RESTRICT');
        });
      },
    },
  },
});
