/**
 * Tables of the virtualization plugin (NetBox's names), `dcim_device.cluster_id`, and the triggers
 * that keep derived values in columns whatever write path changed them:
 * - a VM's `disk` is the sum of its virtual disks' sizes (NetBox's update_virtualmachine_disk signal);
 * - a VM interface's `mac_address` mirrors its primary MAC (as dcim does for device interfaces);
 * - deleting a VM interface deletes the MAC addresses assigned to it (NetBox's GenericRelation).
 * `virtualization_vminterface_macaddresses` is a view: the MACs assigned to each VM interface, read
 * as a many-to-many by the serializer (one query per page); two more views give the IP addresses
 * and FHRP group assignments of each VM interface, for its counts. VM interfaces carry NetBox's
 * 802.1Q fields and VRF (IPAM's tables), VMs their primary IPs.
 * Names sort naturally through generated `_name` columns (dcim's `dcim_naturalize`).
 */
import { foreignKey, netboxModelColumns, organizationalModelColumns, primaryModelColumns, type Knex, type Migration } from '@patchbay/core';
import { addScopeColumns, createMacMirrorTriggers } from '@patchbay/plugin-dcim';

const naturalName = (t: Knex.CreateTableBuilder) =>
  t.specificType('_name', `text COLLATE "C" GENERATED ALWAYS AS (dcim_naturalize(name)) STORED`);

export const createVirtualizationTables: Migration = {
  async up(knex) {
    await knex.schema.createTable('virtualization_clustertype', (t) => organizationalModelColumns(t, knex));
    await knex.schema.createTable('virtualization_clustergroup', (t) => organizationalModelColumns(t, knex));
    await knex.schema.createTable('virtualization_cluster', (t) => {
      primaryModelColumns(t, knex);
      t.string('name', 100).notNullable();
      foreignKey(t, 'type', 'virtualization_clustertype', { onDelete: 'protect' });
      foreignKey(t, 'group', 'virtualization_clustergroup', { nullable: true, onDelete: 'protect' });
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      addScopeColumns(t);
      t.unique(['group_id', 'name']);
      t.unique(['_site_id', 'name']);
      t.index(['name']);
    });
    await knex.schema.alterTable('dcim_device', (t) => {
      foreignKey(t, 'cluster', 'virtualization_cluster', { nullable: true, onDelete: 'set_null' });
    });
    await knex.schema.createTable('virtualization_virtualmachine', (t) => {
      primaryModelColumns(t, knex);
      foreignKey(t, 'site', 'dcim_site', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'cluster', 'virtualization_cluster', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'device', 'dcim_device', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'tenant', 'tenancy_tenant', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'platform', 'dcim_platform', { nullable: true, onDelete: 'set_null' });
      t.string('name', 64).notNullable();
      naturalName(t);
      t.string('status', 50).notNullable().defaultTo('active');
      foreignKey(t, 'role', 'dcim_devicerole', { nullable: true, onDelete: 'protect' });
      // One-to-one (NetBox's OneToOneField), SET NULL when the address goes.
      t.bigInteger('primary_ip4_id').nullable().unique().references('id').inTable('ipam_ipaddress').onDelete('SET NULL');
      t.bigInteger('primary_ip6_id').nullable().unique().references('id').inTable('ipam_ipaddress').onDelete('SET NULL');
      t.decimal('vcpus', 6, 2).nullable();
      t.integer('memory').nullable();
      t.integer('disk').nullable();
      t.string('serial', 50).notNullable().defaultTo('');
      t.jsonb('local_context_data').nullable();
      t.index(['_name']);
    });
    // NetBox's `primary_ip` property (IPv6 first, PREFER_IPV4 off), as a column the serializer reads.
    await knex.raw(`ALTER TABLE virtualization_virtualmachine
      ADD COLUMN primary_ip_id bigint GENERATED ALWAYS AS (COALESCE(primary_ip6_id, primary_ip4_id)) STORED`);
    // NetBox's constraints: lower(name) per (cluster, tenant), and per cluster among VMs without a tenant.
    await knex.raw(`CREATE UNIQUE INDEX virtualization_virtualmachine_unique_name_cluster_tenant
      ON virtualization_virtualmachine (lower(name), cluster_id, tenant_id)`);
    await knex.raw(`CREATE UNIQUE INDEX virtualization_virtualmachine_unique_name_cluster
      ON virtualization_virtualmachine (lower(name), cluster_id) WHERE tenant_id IS NULL`);
    // IPAM's services may run on a VM (NetBox 4.2's Service.virtual_machine, CASCADE); IPAM left the column unconstrained.
    await knex.schema.alterTable('ipam_service', (t) => {
      t.foreign('virtual_machine_id').references('id').inTable('virtualization_virtualmachine').onDelete('CASCADE');
    });
    await knex.schema.createTable('virtualization_vminterface', (t) => {
      netboxModelColumns(t, knex);
      foreignKey(t, 'virtual_machine', 'virtualization_virtualmachine', { onDelete: 'cascade' });
      t.string('name', 64).notNullable();
      naturalName(t);
      t.string('description', 200).notNullable().defaultTo('');
      t.boolean('enabled').notNullable().defaultTo(true);
      // NetBox RESTRICTs deleting a parent with children (the API answers 409); NO ACTION, checked
      // at the end of the statement, still lets a VM's delete cascade to parents and children at once.
      t.bigInteger('parent_id').nullable().references('id').inTable('virtualization_vminterface').onDelete('NO ACTION');
      t.index(['parent_id']);
      foreignKey(t, 'bridge', 'virtualization_vminterface', { nullable: true, onDelete: 'set_null' });
      t.integer('mtu').nullable();
      t.specificType('mac_address', 'macaddr').nullable();
      foreignKey(t, 'primary_mac_address', 'dcim_macaddress', { nullable: true, onDelete: 'set_null' });
      t.string('mode', 50).notNullable().defaultTo('');
      foreignKey(t, 'untagged_vlan', 'ipam_vlan', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'qinq_svlan', 'ipam_vlan', { nullable: true, onDelete: 'set_null' });
      foreignKey(t, 'vlan_translation_policy', 'ipam_vlantranslationpolicy', { nullable: true, onDelete: 'protect' });
      foreignKey(t, 'vrf', 'ipam_vrf', { nullable: true, onDelete: 'set_null' });
      t.unique(['virtual_machine_id', 'name']);
      t.index(['virtual_machine_id', '_name']);
    });
    await knex.schema.createTable('virtualization_vminterface_tagged_vlans', (t) => {
      t.bigIncrements('id').primary();
      foreignKey(t, 'vminterface', 'virtualization_vminterface', { onDelete: 'cascade' });
      foreignKey(t, 'vlan', 'ipam_vlan', { onDelete: 'cascade' });
      t.unique(['vminterface_id', 'vlan_id']);
    });
    await knex.schema.createTable('virtualization_virtualdisk', (t) => {
      netboxModelColumns(t, knex);
      foreignKey(t, 'virtual_machine', 'virtualization_virtualmachine', { onDelete: 'cascade' });
      t.string('name', 64).notNullable();
      naturalName(t);
      t.string('description', 200).notNullable().defaultTo('');
      t.integer('size').notNullable();
      t.index(['virtual_machine_id', '_name']);
    });
    await knex.raw(`CREATE UNIQUE INDEX virtualization_virtualdisk_unique_name_virtual_machine
      ON virtualization_virtualdisk (lower(name), virtual_machine_id)`);

    await knex.raw(`CREATE VIEW virtualization_vminterface_macaddresses AS
      SELECT id AS macaddress_id, assigned_object_id AS vminterface_id FROM dcim_macaddress
      WHERE assigned_object_type = 'virtualization.vminterface'`);

    // What is assigned to VM interfaces generically (IP addresses, FHRP group assignments), for the counts.
    await knex.raw(`CREATE VIEW virtualization_vminterface_ipaddresses AS
      SELECT id AS ipaddress_id, assigned_object_id AS vminterface_id FROM ipam_ipaddress
      WHERE assigned_object_type = 'virtualization.vminterface'`);
    await knex.raw(`CREATE VIEW virtualization_vminterface_fhrpgroupassignments AS
      SELECT id AS assignment_id, interface_id AS vminterface_id FROM ipam_fhrpgroupassignment
      WHERE interface_type = 'virtualization.vminterface'`);

    await knex.raw(`
CREATE OR REPLACE FUNCTION virtualization_vm_disk_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE virtualization_virtualmachine SET disk = (SELECT sum(size) FROM virtualization_virtualdisk WHERE virtual_machine_id = OLD.virtual_machine_id)
      WHERE id = OLD.virtual_machine_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE virtualization_virtualmachine SET disk = (SELECT sum(size) FROM virtualization_virtualdisk WHERE virtual_machine_id = NEW.virtual_machine_id)
      WHERE id = NEW.virtual_machine_id;
  END IF;
  RETURN NULL;
END $$`);
    await knex.raw(`CREATE TRIGGER virtualization_vm_disk_sync AFTER INSERT OR DELETE OR UPDATE OF size, virtual_machine_id
      ON virtualization_virtualdisk FOR EACH ROW EXECUTE FUNCTION virtualization_vm_disk_sync()`);

    await createMacMirrorTriggers(knex, { table: 'virtualization_vminterface', label: 'virtualization.vminterface', prefix: 'virtualization' });
  },
  async down(knex) {
    await knex.raw('DROP TRIGGER IF EXISTS virtualization_macaddress_sync ON dcim_macaddress');
    for (const view of ['virtualization_vminterface_macaddresses', 'virtualization_vminterface_ipaddresses', 'virtualization_vminterface_fhrpgroupassignments'])
      await knex.raw(`DROP VIEW IF EXISTS ${view}`);
    await knex.schema.alterTable('ipam_service', (t) => t.dropForeign(['virtual_machine_id']));
    for (const table of ['virtualization_virtualdisk', 'virtualization_vminterface_tagged_vlans', 'virtualization_vminterface', 'virtualization_virtualmachine'])
      await knex.schema.dropTableIfExists(table);
    await knex.schema.alterTable('dcim_device', (t) => t.dropColumn('cluster_id'));
    for (const table of ['virtualization_cluster', 'virtualization_clustergroup', 'virtualization_clustertype'])
      await knex.schema.dropTableIfExists(table);
    for (const fn of ['virtualization_vm_disk_sync', 'virtualization_vminterface_mac_sync', 'virtualization_macaddress_sync', 'virtualization_vminterface_delete_macs'])
      await knex.raw(`DROP FUNCTION IF EXISTS ${fn}()`);
  },
};
