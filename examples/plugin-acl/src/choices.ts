/** Choice sets of the ACL plugin (the same values as the netbox-acls plugin). */
import { defineChoices } from '@patchbay/core';

export const AccessListTypeChoices = defineChoices('acl.AccessList.type', [
  ['extended', 'Extended', 'purple'],
  ['standard', 'Standard', 'blue'],
]);

export const AccessListActionChoices = defineChoices('acl.AccessList.default_action', [
  ['deny', 'Deny', 'red'],
  ['permit', 'Permit', 'green'],
]);

export const AccessListRuleActionChoices = defineChoices('acl.AccessListRule.action', [
  ['deny', 'Deny', 'red'],
  ['permit', 'Permit', 'green'],
  ['remark', 'Remark', 'blue'],
]);

export const AccessListProtocolChoices = defineChoices('acl.AccessListRule.protocol', [
  ['icmp', 'ICMP'],
  ['tcp', 'TCP'],
  ['udp', 'UDP'],
]);
