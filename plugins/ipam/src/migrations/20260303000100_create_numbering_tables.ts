/**
 * Tables of IPAM's numbering area, with NetBox's names and columns: route targets, VRFs (and their
 * import/export target links), RIRs, aggregates (GiST-indexed cidr), roles, ASNs, ASN ranges, and
 * the sites ↔ ASNs link NetBox keeps on dcim.Site (`dcim_site_asns`).
 */
import { foreignKey, organizationalModelColumns, primaryModelColumns, type Migration } from '@patchbay/core';
type Knex = Parameters<Migration['up']>[0];

/** A many-to-many join table: both sides cascade, each pair once. */
async function joinTable(knex: Knex, table: string, a: [string, string], b: [string, string]): Promise<void> {
  await knex.schema.createTable(table, (t) => {
    t.bigIncrements('id').primary();
    foreignKey(t, a[0], a[1], { onDelete: 'cascade' });
    foreignKey(t, b[0], b[1], { onDelete: 'cascade' });
    t.unique([`${a[0]}_id`, `${b[0]}_id`]);
  });
}

export const createNumberingTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('ipam_routetarget', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 21).notNullable().unique();
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
    });
    await knex.schema.createTable('ipam_vrf', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable();
      t.string('rd', 21).nullable().unique();
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.boolean('enforce_unique').notNullable().defaultTo(true);
      t.index(['name', 'rd', 'id']);
    });
    await joinTable(knex, 'ipam_vrf_import_targets', ['vrf', 'ipam_vrf'], ['routetarget', 'ipam_routetarget']);
    await joinTable(knex, 'ipam_vrf_export_targets', ['vrf', 'ipam_vrf'], ['routetarget', 'ipam_routetarget']);

    await knex.schema.createTable('ipam_rir', (t) => {
      organizationalModelColumns(t, knex);
      t.boolean('is_private').notNullable().defaultTo(false);
    });
    await knex.schema.createTable('ipam_aggregate', (t) => {
      primaryModelColumns(t, knex);
      t.specificType('prefix', 'cidr').notNullable();
      foreignKey(t, 'rir', 'ipam_rir', { onDelete: 'protect' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.date('date_added').nullable();
    });
    // The overlap checks and the within/contains filters are `>>=` / `<<` lookups.
    await knex.raw('CREATE INDEX ipam_aggregate_prefix_gist ON ipam_aggregate USING gist (prefix inet_ops)');
    await knex.raw('CREATE INDEX ipam_aggregate_prefix_id ON ipam_aggregate (prefix, id)');

    await knex.schema.createTable('ipam_role', (t) => {
      organizationalModelColumns(t, knex);
      t.integer('weight').notNullable().defaultTo(1000);
      t.index(['weight', 'name']);
    });

    await knex.schema.createTable('ipam_asn', (t) => {
      primaryModelColumns(t, knex);
      t.bigInteger('asn').notNullable().unique();
      foreignKey(t, 'rir', 'ipam_rir', { onDelete: 'protect' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
    });
    await knex.schema.createTable('ipam_asnrange', (t) => {
      organizationalModelColumns(t, knex);
      foreignKey(t, 'rir', 'ipam_rir', { onDelete: 'protect' });
      t.bigInteger('start').notNullable();
      t.bigInteger('end').notNullable();
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
    });

    await joinTable(knex, 'dcim_site_asns', ['site', 'dcim_site'], ['asn', 'ipam_asn']);
  },
  async down(knex) {
    for (const table of [
      'dcim_site_asns', 'ipam_asnrange', 'ipam_asn', 'ipam_role', 'ipam_aggregate', 'ipam_rir',
      'ipam_vrf_export_targets', 'ipam_vrf_import_targets', 'ipam_vrf', 'ipam_routetarget',
    ]) await knex.schema.dropTableIfExists(table);
  },
};
