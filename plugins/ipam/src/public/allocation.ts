/** What the allocation area exports from @patchbay/plugin-ipam: the allocation services, for CLIs, importers and other plugins. */
export { availableIps, prefixParent, rangeParent, type IpParent } from '../services/available-ips.js';
export { prefixSpace, spaceCidrs, allocatePrefixes, type PrefixSpace } from '../services/available-prefixes.js';
export { prefixUtilizationWidget } from '../widgets/prefix-utilization.js';
