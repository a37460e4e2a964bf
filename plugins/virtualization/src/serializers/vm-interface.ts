import { defineSerializer, field } from '@patchbay/core';
import { VMInterface } from '../models/vm-interface.js';
import { VMInterfaceFHRPAssignment, VMInterfaceIPAddress } from '../models/assignment-views.js';

/** VMInterface in NetBox 4.2's key order, with the IP address and FHRP group counts last. */
export const vmInterfaceSerializer = defineSerializer(VMInterface, {
  fields: [
    'id', 'url', 'display_url', 'display', 'virtual_machine', 'name', 'enabled', 'parent', 'bridge', 'mtu', 'mac_address',
    'primary_mac_address', 'mac_addresses', 'description', 'mode', 'untagged_vlan', 'tagged_vlans', 'qinq_svlan',
    'vlan_translation_policy', 'vrf', 'tags', 'custom_fields', 'created', 'last_updated', 'count_ipaddresses', 'count_fhrp_groups',
  ],
  brief: ['id', 'url', 'display', 'virtual_machine', 'name', 'description'],
  extraFields: {
    count_ipaddresses: field.count(() => VMInterfaceIPAddress, 'vminterface_id'),
    count_fhrp_groups: field.count(() => VMInterfaceFHRPAssignment, 'vminterface_id'),
  },
});
