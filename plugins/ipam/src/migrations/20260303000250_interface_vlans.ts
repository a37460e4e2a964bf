/**
 * NetBox's L2 and VRF fields of a device interface (BaseInterface): mode already lives in dcim;
 * this adds the untagged VLAN, the tagged VLANs (join table), the Q-in-Q service VLAN, the VLAN
 * translation policy and the VRF.
 */
import type { Migration } from '@patchbay/core';

export const interfaceVlans: Migration = {
  async up(knex) {
    await knex.schema.alterTable('dcim_interface', (t) => {
      t.bigInteger('untagged_vlan_id').nullable().references('id').inTable('ipam_vlan').onDelete('SET NULL');
      t.bigInteger('qinq_svlan_id').nullable().references('id').inTable('ipam_vlan').onDelete('SET NULL');
      t.bigInteger('vlan_translation_policy_id').nullable().references('id').inTable('ipam_vlantranslationpolicy').onDelete('RESTRICT');
      t.bigInteger('vrf_id').nullable().references('id').inTable('ipam_vrf').onDelete('SET NULL');
      t.index(['untagged_vlan_id']);
      t.index(['qinq_svlan_id']);
      t.index(['vlan_translation_policy_id']);
      t.index(['vrf_id']);
    });
    await knex.schema.createTable('dcim_interface_tagged_vlans', (t) => {
      t.bigIncrements('id').primary();
      t.bigInteger('interface_id').notNullable().references('id').inTable('dcim_interface').onDelete('CASCADE');
      t.bigInteger('vlan_id').notNullable().references('id').inTable('ipam_vlan').onDelete('CASCADE');
      t.unique(['interface_id', 'vlan_id']);
      t.index(['vlan_id']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('dcim_interface_tagged_vlans');
    await knex.schema.alterTable('dcim_interface', (t) => {
      for (const c of ['untagged_vlan_id', 'qinq_svlan_id', 'vlan_translation_policy_id', 'vrf_id']) t.dropColumn(c);
    });
  },
};
