/** Choice sets of the addressing area (NetBox's ipam/choices.py). No colours: the API shows value and label only. */
import { defineChoices } from '@patchbay/core';

/** NetBox's PrefixStatusChoices. */
export const PrefixStatusChoices = defineChoices('ipam.Prefix.status', [
  ['container', 'Container'],
  ['active', 'Active'],
  ['reserved', 'Reserved'],
  ['deprecated', 'Deprecated'],
]);

/** NetBox's IPRangeStatusChoices. */
export const IPRangeStatusChoices = defineChoices('ipam.IPRange.status', [
  ['active', 'Active'],
  ['reserved', 'Reserved'],
  ['deprecated', 'Deprecated'],
]);

/** NetBox's IPAddressStatusChoices. */
export const IPAddressStatusChoices = defineChoices('ipam.IPAddress.status', [
  ['active', 'Active'],
  ['reserved', 'Reserved'],
  ['deprecated', 'Deprecated'],
  ['dhcp', 'DHCP'],
  ['slaac', 'SLAAC'],
]);

/** NetBox's IPAddressRoleChoices. */
export const IPAddressRoleChoices = defineChoices('ipam.IPAddress.role', [
  ['loopback', 'Loopback'],
  ['secondary', 'Secondary'],
  ['anycast', 'Anycast'],
  ['vip', 'VIP'],
  ['vrrp', 'VRRP'],
  ['hsrp', 'HSRP'],
  ['glbp', 'GLBP'],
  ['carp', 'CARP'],
]);

/** NetBox's IPAddressFamilyChoices, rendered as `family: {value, label}`. */
export const FAMILY_LABELS: Record<number, string> = { 4: 'IPv4', 6: 'IPv6' };
