import { defineFilterSet } from '@patchbay/core';
import { MACAddress } from '../models/mac-address.js';
import type { Knex } from '@patchbay/core';
import { euiFilter, subqueryFilter, whereEui } from '../services/component-common.js';

/** Interfaces (of the given devices) whose MAC addresses are wanted. */
const assignedTo = (interfaces: (sub: Knex.QueryBuilder) => void) =>
  (sub: Knex.QueryBuilder) => { sub.select('id').from('dcim_macaddress').where('assigned_object_type', 'dcim.interface').whereIn('assigned_object_id', function () { interfaces(this); }); return sub; };

/** NetBox's MACAddressFilterSet (VM filters come with virtualization). */
export const macAddressFilterSet = defineFilterSet(MACAddress, {
  fields: {
    mac_address: euiFilter('mac_address'),
    description: 'text',
    assigned_object_type: 'text',
    assigned_object_id: 'number',
    device: subqueryFilter('text', 'id', (sub, names) => assignedTo((i) => i.select('id').from('dcim_interface').whereIn('device_id', function () { this.select('id').from('dcim_device').whereIn('name', names as string[]); }))(sub)),
    device_id: subqueryFilter('number', 'id', (sub, ids) => assignedTo((i) => i.select('id').from('dcim_interface').whereIn('device_id', ids as number[]))(sub)),
    interface: subqueryFilter('text', 'id', (sub, names) => assignedTo((i) => i.select('id').from('dcim_interface').whereIn('name', names as string[]))(sub)),
    interface_id: subqueryFilter('number', 'id', (sub, ids) => sub.select('id').from('dcim_macaddress').where('assigned_object_type', 'dcim.interface').whereIn('assigned_object_id', ids as number[])),
  },
  search: (qb, q) => qb.where((w) => { whereEui(w, 'upper(t.mac_address::text)', [q], 'ic', 6); w.orWhere('t.description', 'ilike', `%${q}%`); }),
});
