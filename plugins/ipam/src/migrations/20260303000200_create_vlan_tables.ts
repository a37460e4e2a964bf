/**
 * Tables of the VLANs area, with NetBox's names. Two triggers keep a VLAN group's cached counters
 * true whatever path writes: `_total_vlan_ids` (the size of `vid_ranges`) and `_vlan_count` (its
 * VLANs), so `utilization` needs no query of its own.
 */
import { foreignKey, netboxModelColumns, primaryModelColumns, type Migration } from '@patchbay/core';

export const createVlanTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('ipam_vlangroup', (t) => {
      netboxModelColumns(t, knex);
      t.string('name', 100).notNullable();
      t.string('slug', 100).notNullable();
      t.string('description', 200).notNullable().defaultTo('');
      t.text('comments').notNullable().defaultTo('');
      t.string('scope_type', 100).nullable();
      t.bigInteger('scope_id').nullable();
      t.specificType('vid_ranges', 'int4range[]').notNullable().defaultTo(knex.raw(`'{"[1,4095)"}'::int4range[]`));
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.bigInteger('_total_vlan_ids').notNullable().defaultTo(4094);
      t.bigInteger('_vlan_count').notNullable().defaultTo(0);
      t.index(['scope_type', 'scope_id']);
      t.index(['name']);
    });
    await knex.raw('CREATE UNIQUE INDEX ipam_vlangroup_unique_scope_name ON ipam_vlangroup (scope_type, scope_id, name)');
    await knex.raw('CREATE UNIQUE INDEX ipam_vlangroup_unique_scope_slug ON ipam_vlangroup (scope_type, scope_id, slug)');
    await knex.schema.createTable('ipam_vlan', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'site', 'dcim_site', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'group', 'ipam_vlangroup', { nullable: true, onDelete: 'protect' });
      t.integer('vid').notNullable();
      t.string('name', 64).notNullable();
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'role', 'ipam_role', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'qinq_svlan', 'ipam_vlan', { nullable: true, onDelete: 'protect' });
      t.string('qinq_role', 50).nullable();
      t.unique(['group_id', 'vid'], { indexName: 'ipam_vlan_unique_group_vid' });
      t.unique(['group_id', 'name'], { indexName: 'ipam_vlan_unique_group_name' });
      t.unique(['qinq_svlan_id', 'vid'], { indexName: 'ipam_vlan_unique_qinq_svlan_vid' });
      t.unique(['qinq_svlan_id', 'name'], { indexName: 'ipam_vlan_unique_qinq_svlan_name' });
      t.index(['site_id', 'group_id', 'vid']);
    });
    await knex.raw('ALTER TABLE ipam_vlan ADD CONSTRAINT ipam_vlan_vid_range CHECK (vid BETWEEN 1 AND 4094)');
    await knex.schema.createTable('ipam_vlantranslationpolicy', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable().unique();
    });
    await knex.schema.createTable('ipam_vlantranslationrule', (t) => {
      netboxModelColumns(t, knex);
      foreignKey(t, 'policy', 'ipam_vlantranslationpolicy', { onDelete: 'cascade' });
      t.string('description', 200).notNullable().defaultTo('');
      t.integer('local_vid').notNullable();
      t.integer('remote_vid').notNullable();
      t.unique(['policy_id', 'local_vid'], { indexName: 'ipam_vlantranslationrule_unique_policy_local_vid' });
      t.unique(['policy_id', 'remote_vid'], { indexName: 'ipam_vlantranslationrule_unique_policy_remote_vid' });
    });
    // NetBox's VLANGroup.save(): the number of VIDs the ranges allow (upper bounds are exclusive).
    await knex.raw(`
      CREATE FUNCTION ipam_vlangroup_total_vids() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW._total_vlan_ids := COALESCE((SELECT sum(upper(r) - lower(r)) FROM unnest(NEW.vid_ranges) AS r), 0);
        RETURN NEW;
      END $$`);
    await knex.raw(`CREATE TRIGGER ipam_vlangroup_total_vids BEFORE INSERT OR UPDATE OF vid_ranges ON ipam_vlangroup
      FOR EACH ROW EXECUTE FUNCTION ipam_vlangroup_total_vids()`);
    // The VLAN count of the groups a VLAN left or joined, recounted (not incremented) so it cannot drift.
    await knex.raw(`
      CREATE FUNCTION ipam_vlangroup_count_vlans() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids bigint[];
      BEGIN
        IF TG_OP = 'INSERT' THEN ids := ARRAY[NEW.group_id];
        ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD.group_id];
        ELSIF NEW.group_id IS DISTINCT FROM OLD.group_id THEN ids := ARRAY[OLD.group_id, NEW.group_id];
        ELSE RETURN NULL;
        END IF;
        UPDATE ipam_vlangroup g SET _vlan_count = (SELECT count(*) FROM ipam_vlan v WHERE v.group_id = g.id)
          WHERE g.id = ANY(ids);
        RETURN NULL;
      END $$`);
    await knex.raw(`CREATE TRIGGER ipam_vlan_count_vlans AFTER INSERT OR DELETE OR UPDATE OF group_id ON ipam_vlan
      FOR EACH ROW EXECUTE FUNCTION ipam_vlangroup_count_vlans()`);
  },
  async down(knex) {
    for (const table of ['ipam_vlantranslationrule', 'ipam_vlantranslationpolicy', 'ipam_vlan', 'ipam_vlangroup'])
      await knex.schema.dropTableIfExists(table);
    await knex.raw('DROP FUNCTION IF EXISTS ipam_vlangroup_count_vlans()');
    await knex.raw('DROP FUNCTION IF EXISTS ipam_vlangroup_total_vids()');
  },
};
