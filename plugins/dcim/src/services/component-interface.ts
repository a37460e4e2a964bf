/**
 * Interface rules (NetBox's Interface.clean() and save(), minus IPAM and cabling): parent, bridge
 * and LAG within the device or its virtual chassis, PoE only on physical interfaces, radio
 * settings only on wireless ones (channel frequency and width derived from the channel), VDCs of
 * the same device, and a primary MAC that is assigned to the interface.
 */
import { ValidationError, type HookContext, type ResourceDefinition } from '@patchbay/core';
import type { Knex } from '@patchbay/core';
import { InterfaceTypeChoices, WirelessChannelChoices } from '../choices.js';
import { Device } from '../models/device.js';
import { deviceOf, componentDisplay } from './component-common.js';

/** NetBox's VIRTUAL_IFACE_TYPES: no cable, no PoE, no "connected" mark. */
export const VIRTUAL_IFACE_TYPES = ['virtual', 'bridge', 'lag'];
/** NetBox's WIRELESS_IFACE_TYPES: the only ones with a radio role, channel, frequency and width. */
export const WIRELESS_IFACE_TYPES = [
  'ieee802.11a', 'ieee802.11g', 'ieee802.11n', 'ieee802.11ac', 'ieee802.11ad', 'ieee802.11ax', 'ieee802.11ay',
  'ieee802.11be', 'ieee802.15.1', 'ieee802.15.4', 'other-wireless',
];

/** A channel value is `<band>-<number>-<frequency MHz>-<width MHz>` (NetBox's get_channel_attr). */
export function channelAttr(channel: string, attr: 'frequency' | 'width'): number | null {
  if (!WirelessChannelChoices.has(channel)) return null;
  const parts = channel.split('-');
  return Number(parts[attr === 'frequency' ? 2 : 3]);
}

type Row = Record<string, unknown>;

async function vcName(trx: Knex, id: unknown): Promise<string> {
  const vc = id == null ? undefined : await trx('dcim_virtualchassis').select('name').where('id', id as number).first();
  return String(vc?.name ?? id);
}

/** Checks that a related interface (parent, bridge, LAG) is on the device or another member of its virtual chassis. */
async function sameDeviceOrChassis(
  trx: Knex, device: Row | undefined, other: Row, messages: { other: (o: string, d: string) => string; chassis: (o: string, d: string, vc: string) => string },
): Promise<string | null> {
  if (!device || Number(other.device_id) === Number(device.id)) return null;
  const otherDevice = await deviceOf(trx, other.device_id);
  const otherName = otherDevice ? Device.displayOf(otherDevice) : String(other.device_id);
  if (device.virtual_chassis_id == null) return messages.other(componentDisplay(other), otherName);
  if (String(otherDevice?.virtual_chassis_id ?? '') !== String(device.virtual_chassis_id))
    return messages.chassis(componentDisplay(other), otherName, await vcName(trx, device.virtual_chassis_id));
  return null;
}

/** Interface.clean(): raises the first rule broken, with NetBox's field and message. */
export async function cleanInterface(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  const fail = (name: string, message: string) => { throw ValidationError.field(name, message); };
  const type = String(row.type ?? '');
  const typeLabel = InterfaceTypeChoices.label(type);
  const isVirtual = VIRTUAL_IFACE_TYPES.includes(type);
  const isWireless = WIRELESS_IFACE_TYPES.includes(type);
  const id = prev ? Number(prev.id) : null;
  const trx = ctx.trx;
  const needed = [row.parent_id, row.bridge_id, row.lag_id].filter((v) => v != null) as number[];
  const related = new Map<number, Row>();
  if (needed.length) for (const r of await trx('dcim_interface').whereIn('id', needed)) related.set(Number(r.id), r);
  const device = needed.length ? await deviceOf(trx, row.device_id) : undefined;

  if (isVirtual && row.mark_connected) fail('mark_connected', `${typeLabel} interfaces cannot be marked as connected.`);

  if (row.parent_id != null) {
    if (id !== null && Number(row.parent_id) === id) fail('parent', 'An interface cannot be its own parent.');
    if (type !== 'virtual') fail('parent', 'Only virtual interfaces may be assigned to a parent interface.');
    const parent = related.get(Number(row.parent_id));
    if (parent) {
      const msg = await sameDeviceOrChassis(trx, device, parent, {
        other: (o, d) => `The selected parent interface (${o}) belongs to a different device (${d})`,
        chassis: (o, d, vc) => `The selected parent interface (${o}) belongs to ${d}, which is not part of virtual chassis ${vc}.`,
      });
      if (msg) fail('parent', msg);
    }
  }

  if (row.bridge_id != null) {
    if (id !== null && Number(row.bridge_id) === id) fail('bridge', 'An interface cannot be bridged to itself.');
    const bridge = related.get(Number(row.bridge_id));
    if (bridge) {
      const msg = await sameDeviceOrChassis(trx, device, bridge, {
        other: (o, d) => `The selected bridge interface (${o}) belongs to a different device (${d}).`,
        chassis: (o, d, vc) => `The selected bridge interface (${o}) belongs to ${d}, which is not part of virtual chassis ${vc}.`,
      });
      if (msg) fail('bridge', msg);
    }
  }

  if (row.lag_id != null) {
    if (type === 'virtual') fail('lag', 'Virtual interfaces cannot have a parent LAG interface.');
    if (id !== null && Number(row.lag_id) === id) fail('lag', 'A LAG interface cannot be its own parent.');
    const lag = related.get(Number(row.lag_id));
    if (lag) {
      if (lag.type !== 'lag') fail('lag', `The selected LAG interface (${componentDisplay(lag)}) is not a LAG interface.`);
      const msg = await sameDeviceOrChassis(trx, device, lag, {
        other: (o, d) => `The selected LAG interface (${o}) belongs to a different device (${d}).`,
        chassis: (o, d, vc) => `The selected LAG interface (${o}) belongs to ${d}, which is not part of virtual chassis ${vc}.`,
      });
      if (msg) fail('lag', msg);
    }
  }

  if (row.poe_mode && isVirtual) fail('poe_mode', 'Virtual interfaces cannot have a PoE mode.');
  if (row.poe_type && isVirtual) fail('poe_type', 'Virtual interfaces cannot have a PoE type.');
  if (row.poe_type && !row.poe_mode) fail('poe_type', 'Must specify PoE mode when designating a PoE type.');

  if (row.rf_role && !isWireless) fail('rf_role', 'Wireless role may be set only on wireless interfaces.');
  if (row.rf_channel && !isWireless) fail('rf_channel', 'Channel may be set only on wireless interfaces.');
  const channel = row.rf_channel ? String(row.rf_channel) : '';
  if (row.rf_channel_frequency != null && Number(row.rf_channel_frequency) !== 0) {
    if (!isWireless) fail('rf_channel_frequency', 'Channel frequency may be set only on wireless interfaces.');
    if (channel && Number(row.rf_channel_frequency) !== channelAttr(channel, 'frequency'))
      fail('rf_channel_frequency', 'Cannot specify custom frequency with channel selected.');
  }
  if (row.rf_channel_width != null && Number(row.rf_channel_width) !== 0) {
    if (!isWireless) fail('rf_channel_width', 'Channel width may be set only on wireless interfaces.');
    if (channel && Number(row.rf_channel_width) !== channelAttr(channel, 'width'))
      fail('rf_channel_width', 'Cannot specify custom width with channel selected.');
  }

  if (row.primary_mac_address_id != null) {
    const mac = await trx('dcim_macaddress').where('id', row.primary_mac_address_id as number).first();
    if (mac && !(mac.assigned_object_type === 'dcim.interface' && id !== null && Number(mac.assigned_object_id) === id))
      fail('primary_mac_address', `MAC address ${String(mac.mac_address).toUpperCase()} is not assigned to this interface.`);
  }
}

/**
 * Write steps the generic parse cannot express: a selected channel fills in its frequency and
 * width (NetBox's Interface.save()), and VDCs must belong to the interface's device.
 */
export const interfaceWriteHooks: NonNullable<ResourceDefinition['hooks']> = {
  async beforeSave({ trx, prev, parsed }) {
    const merged = { ...(prev ?? {}), ...parsed.values };
    const channel = merged.rf_channel ? String(merged.rf_channel) : '';
    if (channel) {
      if (merged.rf_channel_frequency == null) parsed.values.rf_channel_frequency = channelAttr(channel, 'frequency');
      if (merged.rf_channel_width == null) parsed.values.rf_channel_width = channelAttr(channel, 'width');
    }
    const vdcs = parsed.many.vdcs;
    if (vdcs?.length) {
      const rows: Row[] = await trx('dcim_virtualdevicecontext').select('id', 'name', 'device_id').whereIn('id', vdcs);
      const foreign = rows.find((v) => Number(v.device_id) !== Number(merged.device_id));
      if (foreign) {
        const device = await deviceOf(trx, merged.device_id);
        throw ValidationError.field('vdcs', `Virtual device context ${foreign.name} does not belong to device ${device ? Device.displayOf(device) : merged.device_id}.`);
      }
    }
  },
};
