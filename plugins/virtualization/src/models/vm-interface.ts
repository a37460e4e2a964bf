/**
 * A virtual machine's interface (NetBox 4.2's VMInterface): parent and bridge links within the same
 * VM, MTU, 802.1Q mode and VLANs (checked by IPAM's shared interface rules), VRF, and MAC addresses (dcim's MACAddress, assigned generically). `mac_address`
 * is read-only: the primary MAC's address, kept in its column by a trigger as dcim does for
 * interfaces; `mac_addresses` lists every MAC assigned to it (through a view over dcim_macaddress).
 */
import { NetBoxModel, field, type FieldMap, type FieldSpec, type HookContext } from '@patchbay/core';
import { InterfaceModeChoices, MACAddress } from '@patchbay/plugin-dcim';
import { VLAN, VLANTranslationPolicy, VRF } from '@patchbay/plugin-ipam';
import { VirtualMachine } from './virtual-machine.js';
import { cleanVMInterface } from '../services/vm-interface-rules.js';

/** The stored `macaddr`, shown upper-case like dcim's (read-only here). */
const macAddressField: FieldSpec = {
  ...field.string({ maxLength: undefined, readOnly: true, nullable: true }),
  render: (v) => (v === null || v === undefined ? null : String(v).toUpperCase()),
  schema: { type: 'string', nullable: true, readOnly: true },
};

export class VMInterface extends NetBoxModel {
  static override tableName = 'virtualization_vminterface';
  static override label = 'virtualization.vminterface';
  static override verboseName = 'interface';
  static override verboseNamePlural = 'interfaces';
  static override ordering = ['virtual_machine', '_name'];
  static override uniqueTogether = [
    { fields: ['virtual_machine', 'name'], message: 'The fields virtual_machine, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    virtual_machine: field.related(() => VirtualMachine, { required: true, onDelete: 'cascade' }),
    name: field.string({ maxLength: 64, required: true }),
    enabled: field.boolean({ default: true }),
    parent: field.selfRelated({ nullable: true, default: null, onDelete: 'protect' }),
    bridge: field.selfRelated({ nullable: true, default: null, onDelete: 'set_null' }),
    mtu: field.integer({ nullable: true, default: null, min: 1, max: 65536 }),
    mac_address: macAddressField,
    primary_mac_address: field.related(() => MACAddress, { nullable: true, default: null, onDelete: 'set_null' }),
    mac_addresses: field.many(() => MACAddress, { table: 'virtualization_vminterface_macaddresses', from: 'vminterface_id', to: 'macaddress_id' }, { readOnly: true }),
    description: field.string({ maxLength: 200, default: '' }),
    mode: field.choice(InterfaceModeChoices, { default: '' }),
    untagged_vlan: field.related(() => VLAN, { nullable: true, default: null, onDelete: 'set_null' }),
    tagged_vlans: field.many(() => VLAN, { table: 'virtualization_vminterface_tagged_vlans', from: 'vminterface_id', to: 'vlan_id' }),
    qinq_svlan: field.related(() => VLAN, { nullable: true, default: null, onDelete: 'set_null' }),
    vlan_translation_policy: field.related(() => VLANTranslationPolicy, { nullable: true, default: null, onDelete: 'protect' }),
    vrf: field.related(() => VRF, { nullable: true, default: null, onDelete: 'set_null' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }

  /** NetBox's VMInterface.clean() and BaseInterface.clean(). */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await cleanVMInterface(row, prev, ctx);
  }
}
