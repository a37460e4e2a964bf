/**
 * A network interface of a device (NetBox's Interface): physical, virtual (virtual, bridge, LAG)
 * or wireless; parent/bridge/LAG links within the device or its virtual chassis, virtual device
 * contexts of the same device, PoE and radio settings. `mac_address` is read-only: the address of
 * the primary MAC (a MACAddress assigned to this interface), kept in its column by a trigger.
 */
import { NetBoxModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import {
  InterfaceDuplexChoices, InterfaceModeChoices, InterfacePoEModeChoices, InterfacePoETypeChoices,
  InterfaceTypeChoices, WirelessChannelChoices, WirelessRoleChoices,
} from '../choices.js';
import { cleanComponent, componentDisplay, componentFields, euiField, uniqueDeviceName } from '../services/component-common.js';
import { VIRTUAL_IFACE_TYPES, cleanInterface } from '../services/component-interface.js';
import { MACAddress } from './mac-address.js';
import { VirtualDeviceContext } from './virtual-device-context.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';
import { pathEndpointFields } from '../cabling/paths/fields.js';

export class Interface extends NetBoxModel {
  static override tableName = 'dcim_interface';
  static override label = 'dcim.interface';
  static override verboseName = 'interface';
  static override verboseNamePlural = 'interfaces';
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [uniqueDeviceName('interface')];
  static override fields: FieldMap = {
    ...componentFields(),
    vdcs: field.many(() => VirtualDeviceContext, { table: 'dcim_interface_vdcs', from: 'interface_id', to: 'virtualdevicecontext_id' }),
    type: field.choice(InterfaceTypeChoices, { required: true }),
    enabled: field.boolean({ default: true }),
    parent: field.selfRelated({ nullable: true, default: null, onDelete: 'set_null' }),
    bridge: field.selfRelated({ nullable: true, default: null, onDelete: 'set_null' }),
    lag: field.selfRelated({ nullable: true, default: null, onDelete: 'set_null' }),
    mtu: field.integer({ nullable: true, default: null, min: 1, max: 65536 }),
    mac_address: euiField(6, { readOnly: true, nullable: true }),
    primary_mac_address: field.related(() => MACAddress, { nullable: true, default: null, onDelete: 'set_null' }),
    // Every MAC assigned to the interface (a view over dcim_macaddress; written on the MAC itself).
    mac_addresses: field.many(() => MACAddress, { table: 'dcim_interface_macaddresses', from: 'interface_id', to: 'macaddress_id' }, { readOnly: true }),
    speed: field.integer({ nullable: true, default: null, min: 0, max: 2147483647 }),
    duplex: field.choice(InterfaceDuplexChoices, { nullable: true, default: null }),
    wwn: euiField(8, { nullable: true, default: null }),
    mgmt_only: field.boolean({ default: false }),
    mode: field.choice(InterfaceModeChoices, { default: '' }),
    rf_role: field.choice(WirelessRoleChoices, { default: '' }),
    rf_channel: field.choice(WirelessChannelChoices, { default: '' }),
    poe_mode: field.choice(InterfacePoEModeChoices, { default: '' }),
    poe_type: field.choice(InterfacePoETypeChoices, { default: '' }),
    rf_channel_frequency: field.decimal({ nullable: true, default: null, min: 0, max: 99999.99 }),
    rf_channel_width: field.decimal({ nullable: true, default: null, min: 0, max: 9999.999 }),
    tx_power: field.integer({ nullable: true, default: null, min: 0, max: 127 }),
    mark_connected: field.boolean({ default: false }),
    ...cableFields(),
    ...pathEndpointFields,
    _occupied: occupiedField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanComponent(row, ctx);
    cleanCabledObject(row);
    // NetBox's Interface.clean(): a virtual interface cannot carry a cable.
    if (VIRTUAL_IFACE_TYPES.includes(String(row.type)) && row.cable_id != null)
      throw ValidationError.field('type', `${InterfaceTypeChoices.label(row.type)} interfaces cannot have a cable attached.`);
    await cleanInterface(row, prev, ctx);
  }
}
