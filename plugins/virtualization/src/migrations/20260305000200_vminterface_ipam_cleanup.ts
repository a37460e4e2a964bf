/**
 * NetBox's VMInterface.ip_addresses and .fhrp_group_assignments are GenericRelations: a VM
 * interface's IP addresses and FHRP group assignments go with it, also when the interface goes by
 * cascade with its virtual machine (which runs no signals). Triggers do it, as IPAM does for dcim
 * interfaces; core logs the rows before the delete (their generic fields cascade).
 */
import type { Migration } from '@patchbay/core';

export const vmInterfaceIpamCleanup: Migration = {
  async up(knex) {
    await knex.raw(`
CREATE OR REPLACE FUNCTION virtualization_vminterface_ipam_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM ipam_ipaddress WHERE assigned_object_type = 'virtualization.vminterface' AND assigned_object_id = OLD.id;
  DELETE FROM ipam_fhrpgroupassignment WHERE interface_type = 'virtualization.vminterface' AND interface_id = OLD.id;
  RETURN NULL;
END $$`);
    await knex.raw(`CREATE TRIGGER virtualization_vminterface_ipam_cleanup AFTER DELETE ON virtualization_vminterface
      FOR EACH ROW EXECUTE FUNCTION virtualization_vminterface_ipam_cleanup()`);
  },
  async down(knex) {
    await knex.raw('DROP TRIGGER IF EXISTS virtualization_vminterface_ipam_cleanup ON virtualization_vminterface');
    await knex.raw('DROP FUNCTION IF EXISTS virtualization_vminterface_ipam_cleanup()');
  },
};
