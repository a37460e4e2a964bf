/** What the numbering area exports from @patchbay/plugin-ipam (models, filter helpers). Owned by that area. */
export { VRF, VRF_RD_MAX_LENGTH } from '../models/vrf.js';
export { RouteTarget } from '../models/route-target.js';
export { RIR } from '../models/rir.js';
export { Aggregate } from '../models/aggregate.js';
export { Role } from '../models/role.js';
export { ASN, asnDisplay, BGP_ASN_MIN, BGP_ASN_MAX } from '../models/asn.js';
export { ASNRange } from '../models/asn-range.js';
export { availableAsns } from '../services/available-asns.js';
