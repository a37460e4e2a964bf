/**
 * VM interface rules (NetBox 4.2's VMInterface.clean() and BaseInterface.clean(), minus VLANs):
 * parent and bridge on the same VM and never the interface itself, and a primary MAC that is
 * assigned to this interface.
 */
import { ValidationError, type HookContext } from '@patchbay/core';

type Row = Record<string, unknown>;

export async function cleanVMInterface(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  const trx = ctx.trx;
  const id = prev ? Number(prev.id) : null;
  const vmName = async (vmId: unknown) =>
    String((await trx('virtualization_virtualmachine').select('name').where('id', vmId as number).first())?.name ?? vmId);

  if (row.parent_id != null) {
    if (id !== null && Number(row.parent_id) === id) throw ValidationError.field('parent', 'An interface cannot be its own parent.');
    const parent = await trx('virtualization_vminterface').where('id', row.parent_id as number).first();
    if (parent && Number(parent.virtual_machine_id) !== Number(row.virtual_machine_id))
      throw ValidationError.field('parent',
        `The selected parent interface (${parent.name}) belongs to a different virtual machine (${await vmName(parent.virtual_machine_id)}).`);
  }
  if (row.bridge_id != null) {
    if (id !== null && Number(row.bridge_id) === id) throw ValidationError.field('bridge', 'An interface cannot be bridged to itself.');
    const bridge = await trx('virtualization_vminterface').where('id', row.bridge_id as number).first();
    if (bridge && Number(bridge.virtual_machine_id) !== Number(row.virtual_machine_id))
      throw ValidationError.field('bridge',
        `The selected bridge interface (${bridge.name}) belongs to a different virtual machine (${await vmName(bridge.virtual_machine_id)}).`);
  }
  if (row.primary_mac_address_id != null) {
    const mac = await trx('dcim_macaddress').where('id', row.primary_mac_address_id as number).first();
    if (mac && !(mac.assigned_object_type === 'virtualization.vminterface' && id !== null && Number(mac.assigned_object_id) === id))
      throw ValidationError.field('primary_mac_address', `MAC address ${String(mac.mac_address).toUpperCase()} is not assigned to this interface.`);
  }
}
