/**
 * A MAC address (NetBox 4.2's MACAddress): stored as Postgres `macaddr`, shown upper-case, assigned
 * to an interface (VM interfaces once virtualization exists). An interface's primary MAC cannot be
 * unassigned or moved to another object while it is primary.
 */
import { PrimaryModel, ValidationError, field, fieldsOf, type FieldMap, type HookContext } from '@patchbay/core';
import { euiField } from '../services/component-common.js';

/** Object types a MAC address may be assigned to (NetBox's MACADDRESS_ASSIGNMENT_MODELS). */
export const MAC_ASSIGNABLE_TYPES = ['dcim.interface', 'virtualization.vminterface'];

export class MACAddress extends PrimaryModel {
  static override tableName = 'dcim_macaddress';
  static override label = 'dcim.macaddress';
  static override verboseName = 'MAC address';
  static override verboseNamePlural = 'MAC addresses';
  static override ordering = ['mac_address'];
  static override fields: FieldMap = {
    mac_address: euiField(6, { required: true }),
    assigned_object_type: field.genericType({ nullable: true, default: null, allowedTypes: () => MAC_ASSIGNABLE_TYPES }),
    assigned_object_id: field.genericId({ nullable: true, default: null }),
    // Deleted with their interface by the `<table>_delete_macs` triggers.
    assigned_object: field.generic('assigned_object_type', 'assigned_object_id', { allowedTypes: () => MAC_ASSIGNABLE_TYPES, onDelete: 'cascade' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.mac_address ?? '').toUpperCase();
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    if (!prev || prev.assigned_object_id == null) return;
    const moved = row.assigned_object_type !== prev.assigned_object_type || String(row.assigned_object_id) !== String(prev.assigned_object_id);
    if (!moved) return;
    // Any assignable model with a `primary_mac_address` (dcim interfaces, VM interfaces…).
    const owner = ctx.request.registry.models.get(String(prev.assigned_object_type));
    if (!owner || !fieldsOf(owner).primary_mac_address) return;
    const primaryOf = await ctx.trx(owner.tableName).select('id').where({ id: prev.assigned_object_id, primary_mac_address_id: prev.id }).first();
    if (!primaryOf) return;
    throw ValidationError.nonField(row.assigned_object_id == null
      ? 'Cannot unassign MAC Address while it is designated as the primary MAC for an object'
      : 'Cannot reassign MAC Address while it is designated as the primary MAC for an object');
  }
}
