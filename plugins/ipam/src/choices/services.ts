/** Choice sets of the services area (NetBox's ipam/choices.py). */
import { defineChoices } from '@patchbay/core';

/** NetBox's FHRPGroupProtocolChoices. */
export const FHRPGroupProtocolChoices = defineChoices('ipam.FHRPGroup.protocol', [
  ['vrrp2', 'VRRPv2'],
  ['vrrp3', 'VRRPv3'],
  ['carp', 'CARP'],
  ['clusterxl', 'ClusterXL'],
  ['hsrp', 'HSRP'],
  ['glbp', 'GLBP'],
  ['other', 'Other'],
]);

/** NetBox's FHRPGroupAuthTypeChoices. */
export const FHRPGroupAuthTypeChoices = defineChoices('ipam.FHRPGroup.auth_type', [
  ['plaintext', 'Plaintext'],
  ['md5', 'MD5'],
]);

/** NetBox's ServiceProtocolChoices. */
export const ServiceProtocolChoices = defineChoices('ipam.Service.protocol', [
  ['tcp', 'TCP'],
  ['udp', 'UDP'],
  ['sctp', 'SCTP'],
]);
