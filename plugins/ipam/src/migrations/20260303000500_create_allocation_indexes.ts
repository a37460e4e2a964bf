/**
 * Indexes the allocation endpoints read in address order: IP addresses by host (NetBox's
 * `ipam_ipaddress_host`, `CAST(HOST(address) AS INET)`), alone and after the VRF, so the free
 * addresses of a prefix are found by walking one index range in order and stopping at the first
 * free page. `address` (and `vrf_id`) are included so the walk is an index-only scan.
 */
import type { Migration } from '@patchbay/core';

export const createAllocationIndexes: Migration = {
  async up(knex) {
    await knex.raw('CREATE INDEX ipam_ipaddress_host ON ipam_ipaddress ((host(address)::inet)) INCLUDE (vrf_id, address)');
    await knex.raw('CREATE INDEX ipam_ipaddress_vrf_hostinet ON ipam_ipaddress (vrf_id, (host(address)::inet)) INCLUDE (address)');
  },
  async down(knex) {
    await knex.raw('DROP INDEX IF EXISTS ipam_ipaddress_vrf_hostinet');
    await knex.raw('DROP INDEX IF EXISTS ipam_ipaddress_host');
  },
};
