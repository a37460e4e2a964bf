/** Choice sets of the VLANs area, with NetBox 4.2's values, labels and colours (ipam/choices.py). */
import { defineChoices } from '@patchbay/core';

export const VLANStatusChoices = defineChoices('ipam.VLAN.status', [
  ['active', 'Active', 'green'],
  ['reserved', 'Reserved', 'cyan'],
  ['deprecated', 'Deprecated', 'red'],
]);

/** Q-in-Q (IEEE 802.1ad) designation of a VLAN: service (outer) or customer (inner). */
export const VLANQinQRoleChoices = defineChoices('ipam.VLAN.qinq_role', [
  ['svlan', 'Service', 'green'],
  ['cvlan', 'Customer', 'blue'],
]);
