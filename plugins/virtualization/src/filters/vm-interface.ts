import { choice, defineFilterSet, method, relation } from '@patchbay/core';
import { VLANTranslationPolicy, VRF } from '@patchbay/plugin-ipam';
import { InterfaceModeChoices } from '@patchbay/plugin-dcim';
import { VMInterface } from '../models/vm-interface.js';
import { VirtualMachine } from '../models/virtual-machine.js';
import { Cluster } from '../models/cluster.js';
import { macAddressFilter } from './helpers.js';

/** The primary MAC by address (NetBox's `primary_mac_address`, to_field_name='mac_address'). */
const primaryMacAddress = method('text', (qb, values, _lookup, negate) => {
  const sub = (q: import('@patchbay/core').Knex.QueryBuilder) =>
    q.select('id').from('dcim_macaddress').where((w) => { for (const v of values) w.orWhereRaw('lower(mac_address::text) = lower(?)', [String(v)]); });
  if (negate) qb.where((w) => w.whereNotIn('t.primary_mac_address_id', sub).orWhereNull('t.primary_mac_address_id'));
  else qb.whereIn('t.primary_mac_address_id', sub);
}, ['n']);

/** The primary MAC by id (a relation filter cannot be named `…_id` itself). */
const primaryMacAddressId = method('number', (qb, values, _lookup, negate) => {
  if (negate) qb.where((w) => w.whereNotIn('t.primary_mac_address_id', values as number[]).orWhereNull('t.primary_mac_address_id'));
  else qb.whereIn('t.primary_mac_address_id', values as number[]);
}, ['n']);

/** Interfaces whose untagged VLAN or one of whose tagged VLANs matches (NetBox's filter_vlan_id / filter_vlan). */
function vlanFilter(column: 'id' | 'vid') {
  return method('number', (qb, values) => {
    const vlans = (s: import('@patchbay/core').Knex.QueryBuilder) => s.select('id').from('ipam_vlan').whereIn(column, values as number[]);
    qb.where((w) => w.whereIn('t.untagged_vlan_id', vlans)
      .orWhereIn('t.id', (s) => s.select('vminterface_id').from('virtualization_vminterface_tagged_vlans').whereIn('vlan_id', vlans)));
  }, []);
}

/** NetBox 4.2's VMInterfaceFilterSet without the L2VPN filters (no L2VPN models yet). */
export const vmInterfaceFilterSet = defineFilterSet(VMInterface, {
  fields: {
    name: 'text',
    description: 'text',
    enabled: 'boolean',
    mtu: 'number',
    mode: choice(InterfaceModeChoices),
    cluster: relation(() => Cluster, { by: 'name', column: 'virtual_machine_id', through: [{ table: 'virtualization_virtualmachine', column: 'cluster_id' }] }),
    virtual_machine: relation(() => VirtualMachine, { by: 'name' }),
    parent: relation(() => VMInterface, { by: false }),
    bridge: relation(() => VMInterface, { by: false }),
    mac_address: macAddressFilter('i.id'),
    primary_mac_address: primaryMacAddress,
    primary_mac_address_id: primaryMacAddressId,
    vlan_id: vlanFilter('id'),
    vlan: vlanFilter('vid'),
    vrf: relation(() => VRF, { by: 'rd' }),
    vlan_translation_policy: relation(() => VLANTranslationPolicy, { by: 'name' }),
  },
  search: ['name', 'description'],
});
