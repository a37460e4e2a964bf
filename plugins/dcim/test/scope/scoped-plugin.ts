/**
 * A test-only plugin with a scoped model, as NetBox's prefixes and clusters are: its fields,
 * migration, afterSave and filters come only from dcim's exported cached-scope helper.
 */
import {
  definePlugin, defineResource, defineSerializer, defineFilterSet, field, PrimaryModel, primaryModelColumns,
  type FieldMap, type HookContext,
} from '@patchbay/core';
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

export const scopedPlugin = definePlugin({
  name: 'scopetest',
  version: '1.0.0',
  compatibility: '*',
  dependsOn: ['dcim'],
  models: [Patch],
  resources: [
    defineResource({
      slug: 'patches', model: Patch,
      serializer: defineSerializer(Patch, {
        fields: ['id', 'url', 'display', 'name', 'scope_type', 'scope_id', 'scope', 'created', 'last_updated'],
        brief: ['id', 'url', 'display', 'name'],
      }),
      filterSet: defineFilterSet(Patch, { fields: { name: 'text', scope_type: 'text', scope_id: 'number', ...scopeFilters() }, search: ['name'] }),
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
      },
    },
  },
});
