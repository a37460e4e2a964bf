/** What the vlans area exports from @patchbay/plugin-ipam: models, choices and the interface VLAN rules (for VM interfaces). */
export { VLANGroup, VLANGROUP_SCOPE_TYPES } from '../models/vlan-group.js';
export { VLAN } from '../models/vlan.js';
export { VLANTranslationPolicy } from '../models/vlan-translation-policy.js';
export { VLANTranslationRule } from '../models/vlan-translation-rule.js';
export { VLANStatusChoices, VLANQinQRoleChoices } from '../choices/vlans.js';
export { enforceInterfaceVlans, type InterfaceVlanTarget } from '../services/interface-vlans.js';
export { availableVids } from '../services/available-vlans.js';
export { GLOBAL_VLANS, SITE_SCOPES } from '../filters/vlan-availability.js';
