/**
 * NetBox's Interface.fhrp_group_assignments is a GenericRelation: an interface's FHRP group
 * assignments go with it, also when the interface goes by cascade with its device or module (which
 * runs no signals). A trigger does it, as for the interface's IP addresses; core logs the rows
 * before the delete (the assignment's generic field cascades).
 */
import type { Migration } from '@patchbay/core';

export const interfaceFhrpCleanup: Migration = {
  async up(knex) {
    await knex.raw(`
CREATE OR REPLACE FUNCTION ipam_interface_fhrp_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM ipam_fhrpgroupassignment WHERE interface_type = 'dcim.interface' AND interface_id = OLD.id;
  RETURN NULL;
END $$`);
    await knex.raw(`CREATE TRIGGER ipam_interface_fhrp_cleanup AFTER DELETE ON dcim_interface
      FOR EACH ROW EXECUTE FUNCTION ipam_interface_fhrp_cleanup()`);
  },
  async down(knex) {
    await knex.raw('DROP TRIGGER IF EXISTS ipam_interface_fhrp_cleanup ON dcim_interface');
    await knex.raw('DROP FUNCTION IF EXISTS ipam_interface_fhrp_cleanup()');
  },
};
