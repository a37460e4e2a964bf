/**
 * A virtual circuit termination (NetBox 4.2's VirtualCircuitTermination): a virtual interface of a
 * device taking part in a virtual circuit as hub, spoke or peer. An interface terminates at most
 * one virtual circuit (NetBox's OneToOneField).
 */
import { ChangeLoggedModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Interface } from '@patchbay/plugin-dcim';
import { VirtualCircuitTerminationRoleChoices } from '../choices.js';
import { VirtualCircuit } from './virtual-circuit.js';

/** NetBox's VIRTUAL_IFACE_TYPES: an interface of these types `is_virtual`. */
export const VIRTUAL_INTERFACE_TYPES = ['virtual', 'bridge', 'lag'];

export class VirtualCircuitTermination extends ChangeLoggedModel {
  static override tableName = 'circuits_virtualcircuittermination';
  static override label = 'circuits.virtualcircuittermination';
  static override verboseName = 'virtual circuit termination';
  static override verboseNamePlural = 'virtual circuit terminations';
  static override features: ModelFeature[] = ['custom_fields', 'tags', 'custom_links', 'export_templates'];
  static override ordering = ['virtual_circuit', 'role'];
  static override fields: FieldMap = {
    // NetBox: CASCADE — the terminations go with the virtual circuit, and with the interface.
    virtual_circuit: field.related(() => VirtualCircuit, { required: true, onDelete: 'cascade' }),
    role: field.choice(VirtualCircuitTerminationRoleChoices, { default: 'peer' }),
    interface: field.related(() => Interface, { required: true, unique: true, onDelete: 'cascade' }),
    description: field.string({ maxLength: 200, default: '' }),
    tags: field.tags(),
    custom_fields: field.customFields(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    // `_virtual_circuit_cid` mirrors the virtual circuit's cid (a trigger, see the migration).
    return `${row._virtual_circuit_cid}: ${VirtualCircuitTerminationRoleChoices.label(row.role)} termination`;
  }

  /** NetBox's VirtualCircuitTermination.clean(): only virtual interfaces terminate virtual circuits. */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    const iface = await ctx.trx(Interface.tableName).select('type').where('id', row.interface_id as number).first();
    if (iface && !VIRTUAL_INTERFACE_TYPES.includes(String(iface.type)))
      throw new ValidationError({ non_field_errors: ['Virtual circuits may be terminated only to virtual interfaces.'] });
  }
}
