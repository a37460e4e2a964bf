/**
 * The triggers that tie an interface table to dcim's MAC addresses (NetBox 4.2's primary MAC):
 * the interface's `mac_address` mirrors its primary MAC (set on write, followed when the MAC is
 * edited), and the MACs assigned to an interface go when it goes. dcim interfaces and
 * virtualization's VM interfaces both use it; the SQL object names are `<table>_mac_sync`,
 * `<prefix>_macaddress_sync` and `<table>_delete_macs`.
 */
import type { Migration } from '@patchbay/core';

type Knex = Parameters<Migration['up']>[0];

export interface MacMirror {
  /** The interface table (`dcim_interface`). */
  table: string;
  /** Its object type, as MAC addresses name it in `assigned_object_type` (`dcim.interface`). */
  label: string;
  /** The owning app, prefixing the trigger on dcim_macaddress (`dcim`). */
  prefix: string;
}

export async function createMacMirrorTriggers(knex: Knex, { table, label, prefix }: MacMirror): Promise<void> {
  await knex.raw(`
CREATE OR REPLACE FUNCTION ${table}_mac_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.primary_mac_address_id IS NULL THEN
    NEW.mac_address := NULL;
  ELSE
    SELECT m.mac_address INTO NEW.mac_address FROM dcim_macaddress m WHERE m.id = NEW.primary_mac_address_id;
  END IF;
  RETURN NEW;
END $$`);
  await knex.raw(`CREATE TRIGGER ${table}_mac_sync BEFORE INSERT OR UPDATE OF primary_mac_address_id ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${table}_mac_sync()`);
  await knex.raw(`
CREATE OR REPLACE FUNCTION ${prefix}_macaddress_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ${table} SET mac_address = NEW.mac_address WHERE primary_mac_address_id = NEW.id;
  RETURN NULL;
END $$`);
  await knex.raw(`CREATE TRIGGER ${prefix}_macaddress_sync AFTER UPDATE OF mac_address ON dcim_macaddress
      FOR EACH ROW EXECUTE FUNCTION ${prefix}_macaddress_sync()`);
  await knex.raw(`
CREATE OR REPLACE FUNCTION ${table}_delete_macs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dcim_macaddress WHERE assigned_object_type = '${label}' AND assigned_object_id = OLD.id;
  RETURN NULL;
END $$`);
  await knex.raw(`CREATE TRIGGER ${table}_delete_macs AFTER DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${table}_delete_macs()`);
}
