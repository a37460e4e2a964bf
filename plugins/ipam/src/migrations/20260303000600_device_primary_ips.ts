/**
 * A device's primary IPv4/IPv6 and out-of-band addresses (NetBox's Device.primary_ip4,
 * primary_ip6, oob_ip) and a virtual device context's primary IPv4/IPv6: one-to-one, SET_NULL
 * when the address goes. Each table also gets `primary_ip_id`, generated as NetBox's `primary_ip`
 * property computes it (IPv6 first, PREFER_IPV4 off), so the read-only `primary_ip` renders
 * through the same batched related-object load.
 */
import type { Migration } from '@patchbay/core';

export const addDevicePrimaryIps: Migration = {
  async up(knex) {
    await knex.schema.alterTable('dcim_device', (t) => {
      for (const name of ['primary_ip4', 'primary_ip6', 'oob_ip'])
        t.bigInteger(`${name}_id`).nullable().unique().references('id').inTable('ipam_ipaddress').onDelete('SET NULL');
    });
    await knex.schema.alterTable('dcim_virtualdevicecontext', (t) => {
      for (const name of ['primary_ip4', 'primary_ip6'])
        t.bigInteger(`${name}_id`).nullable().unique().references('id').inTable('ipam_ipaddress').onDelete('SET NULL');
    });
    for (const table of ['dcim_device', 'dcim_virtualdevicecontext'])
      await knex.raw(`ALTER TABLE ?? ADD COLUMN primary_ip_id bigint GENERATED ALWAYS AS (COALESCE(primary_ip6_id, primary_ip4_id)) STORED`, [table]);
  },
  async down(knex) {
    await knex.schema.alterTable('dcim_virtualdevicecontext', (t) => {
      t.dropColumn('primary_ip_id');
      for (const name of ['primary_ip4', 'primary_ip6']) t.dropColumn(`${name}_id`);
    });
    await knex.schema.alterTable('dcim_device', (t) => {
      t.dropColumn('primary_ip_id');
      for (const name of ['primary_ip4', 'primary_ip6', 'oob_ip']) t.dropColumn(`${name}_id`);
    });
  },
};
