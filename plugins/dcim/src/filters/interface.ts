import { choice, defineFilterSet, method, relation } from '@patchbay/core';
import type { Knex } from '@patchbay/core';
import { Interface } from '../models/interface.js';
import {
  InterfaceDuplexChoices, InterfaceModeChoices, InterfacePoEModeChoices, InterfacePoETypeChoices,
  InterfaceTypeChoices, WirelessChannelChoices, WirelessRoleChoices,
} from '../choices.js';
import { cabledFilters, componentFilters, componentSearch, euiFilter, MAC_LOOKUPS, subqueryFilter, whereEui } from '../services/component-common.js';
import { VIRTUAL_IFACE_TYPES, WIRELESS_IFACE_TYPES } from '../services/component-interface.js';

/** Interfaces with an assigned MAC (any of them, NetBox's `mac_addresses__mac_address`) matching the values. */
const macAddress = method('text', (qb, values, lookup, negate) => {
  const build = function (this: Knex.QueryBuilder) {
    this.select('assigned_object_id').from('dcim_macaddress').where('assigned_object_type', 'dcim.interface')
      .where((w) => whereEui(w, 'upper(mac_address::text)', values, lookup, 6));
  };
  if (negate) qb.whereNotIn('t.id', build);
  else qb.whereIn('t.id', build);
}, MAC_LOOKUPS);

/** NetBox's `kind`: physical, virtual or wireless interfaces. */
const kind = method('text', (qb, values) => {
  qb.where((w) => {
    for (const v of values) {
      if (v === 'virtual') w.orWhereIn('t.type', VIRTUAL_IFACE_TYPES);
      else if (v === 'wireless') w.orWhereIn('t.type', WIRELESS_IFACE_TYPES);
      else if (v === 'physical') w.orWhere((p) => p.whereNotIn('t.type', [...VIRTUAL_IFACE_TYPES, ...WIRELESS_IFACE_TYPES]));
      else w.orWhereRaw('false');
    }
  });
});

/**
 * NetBox's `virtual_chassis_member` (Device.vc_interfaces(if_master=False)): the given devices'
 * interfaces, plus the non-management interfaces of every member of their virtual chassis.
 */
const vcMember = (kind: 'text' | 'number', column: 'name' | 'id') => method(kind, (qb, values) => {
  const given = (s: Knex.QueryBuilder) => s.select('id').from('dcim_device').whereIn(column, values as string[]);
  const chassis = (s: Knex.QueryBuilder) => s.select('virtual_chassis_id').from('dcim_device').whereIn(column, values as string[]).whereNotNull('virtual_chassis_id');
  qb.where((w: Knex.QueryBuilder) => w.whereIn('t.device_id', given)
    .orWhere((o) => o.where('t.mgmt_only', false).whereIn('t.device_id', (m: Knex.QueryBuilder) => m.select('id').from('dcim_device').whereIn('virtual_chassis_id', chassis))));
}, []);

/** NetBox's InterfaceFilterSet without the IPAM and wireless-link filters. */
export const interfaceFilterSet = defineFilterSet(Interface, {
  fields: {
    ...componentFilters(),
    virtual_chassis_member: vcMember('text', 'name'),
    virtual_chassis_member_id: vcMember('number', 'id'),
    kind,
    type: choice(InterfaceTypeChoices),
    enabled: 'boolean',
    parent: relation(() => Interface, { by: false }),
    bridge: relation(() => Interface, { by: false }),
    lag: relation(() => Interface, { by: false }),
    mtu: 'number',
    mac_address: macAddress,
    primary_mac_address: subqueryFilter('text', 'primary_mac_address_id', (sub, values) =>
      sub.select('id').from('dcim_macaddress').where((w) => whereEui(w, 'upper(mac_address::text)', values, '', 6))),
    primary_mac_address_id: subqueryFilter('number', 'primary_mac_address_id', (sub, ids) => sub.select('id').from('dcim_macaddress').whereIn('id', ids as number[])),
    speed: 'number',
    duplex: choice(InterfaceDuplexChoices),
    wwn: euiFilter('wwn', 8),
    mgmt_only: 'boolean',
    mode: choice(InterfaceModeChoices),
    rf_role: choice(WirelessRoleChoices),
    rf_channel: choice(WirelessChannelChoices),
    rf_channel_frequency: 'number',
    rf_channel_width: 'number',
    tx_power: 'number',
    poe_mode: choice(InterfacePoEModeChoices),
    poe_type: choice(InterfacePoETypeChoices),
    vdc_id: subqueryFilter('number', 'id', (sub, ids) => sub.select('interface_id').from('dcim_interface_vdcs').whereIn('virtualdevicecontext_id', ids as number[])),
    vdc: subqueryFilter('text', 'id', (sub, names) => sub.select('j.interface_id').from('dcim_interface_vdcs as j')
      .join('dcim_virtualdevicecontext as v', 'v.id', 'j.virtualdevicecontext_id').whereIn('v.name', names as string[])),
    vdc_identifier: subqueryFilter('number', 'id', (sub, ids) => sub.select('j.interface_id').from('dcim_interface_vdcs as j')
      .join('dcim_virtualdevicecontext as v', 'v.id', 'j.virtualdevicecontext_id').whereIn('v.identifier', ids as number[])),
    ...cabledFilters,
  },
  search: componentSearch,
});
