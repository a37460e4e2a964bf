/**
 * A test-only plugin with a model that has a tenant and takes contacts, as a dcim site does:
 * its filter set spreads the exported `tenancyFilters` and `contactFilters`.
 */
import {
  definePlugin, defineResource, defineSerializer, defineFilterSet, field, foreignKey, PrimaryModel, primaryModelColumns,
  type FieldMap, type ModelFeature,
} from '@patchbay/core';
import { Tenant, contactFilters, tenancyFilters } from '../src/index.js';

export class Lease extends PrimaryModel {
  static override tableName = 'leasetest_lease';
  static override label = 'leasetest.lease';
  static override verboseName = 'lease';
  static override verboseNamePlural = 'leases';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    tenant: field.related(() => Tenant, { nullable: true, default: null }),
  };
}

export const leasePlugin = definePlugin({
  name: 'leasetest',
  version: '1.0.0',
  compatibility: '*',
  dependsOn: ['tenancy'],
  models: [Lease],
  resources: [
    defineResource({
      slug: 'leases', model: Lease,
      serializer: defineSerializer(Lease, {
        fields: ['id', 'url', 'display_url', 'display', 'name', 'tenant', 'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated'],
        brief: ['id', 'url', 'display', 'name'],
      }),
      filterSet: defineFilterSet(Lease, { fields: { name: 'text', ...tenancyFilters, ...contactFilters(Lease.label) }, search: ['name'] }),
    }),
  ],
  migrations: {
    '20260301000001_create_lease_table': {
      async up(knex) {
        await knex.schema.createTable('leasetest_lease', (t) => {
          primaryModelColumns(t, knex);
          t.string('name', 100).notNullable();
          foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'set_null' });
        });
      },
    },
  },
});
