/** NetBox's Provider.asns: the link between providers and IPAM's ASNs (either side's delete removes the link). */
import type { Migration } from '@patchbay/core';

export const createProviderAsns: Migration = {
  async up(knex) {
    await knex.schema.createTable('circuits_provider_asns', (t) => {
      t.bigIncrements('id');
      t.bigInteger('provider_id').notNullable().references('id').inTable('circuits_provider').onDelete('CASCADE');
      t.bigInteger('asn_id').notNullable().references('id').inTable('ipam_asn').onDelete('CASCADE');
      t.unique(['provider_id', 'asn_id']);
      t.index(['asn_id']);
    });
  },
};
