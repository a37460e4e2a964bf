/**
 * An interface's `mac_addresses` (NetBox 4.2): the MAC addresses assigned to it through their
 * generic `assigned_object`. A view over dcim_macaddress, so the list renders with one query per
 * page like any many-to-many, while the MAC row stays the only place the assignment is written.
 */
import type { Migration } from '@patchbay/core';

export const createInterfaceMacView: Migration = {
  async up(knex) {
    await knex.raw(`CREATE VIEW dcim_interface_macaddresses AS
      SELECT id AS macaddress_id, assigned_object_id AS interface_id FROM dcim_macaddress
      WHERE assigned_object_type = 'dcim.interface'`);
  },
  async down(knex) {
    await knex.raw('DROP VIEW IF EXISTS dcim_interface_macaddresses');
  },
};
