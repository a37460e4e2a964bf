/** What the addressing area exports from @patchbay/plugin-ipam (models, filter helpers, the math other areas use). */
export { Prefix } from '../models/prefix.js';
export { IPRange } from '../models/ip-range.js';
export { IPAddress, IPADDRESS_ASSIGNABLE_TYPES } from '../models/ip-address.js';
export { PrefixStatusChoices, IPRangeStatusChoices, IPAddressStatusChoices, IPAddressRoleChoices } from '../choices/addressing.js';
export { familyOf, networkOf } from '../models/ip-fields.js';
export { toInet, toCidr } from '../filters/ip-filters.js';
export { refreshBranch } from '../services/prefix-hierarchy.js';
export { prefixUtilization, ipRangeUtilization } from '../services/utilization.js';
export { uniqueSpace } from '../services/unique-space.js';
export { IPADDRESS_ROLES_NONUNIQUE } from '../services/ip-address-rules.js';
export { ipAddressVirtualizationFilters } from '../filters/ip-address.js';
