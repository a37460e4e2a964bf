/** What the services area exports from @patchbay/plugin-ipam (models, filter helpers). Owned by that area. */
export { FHRPGroup } from '../models/fhrp-group.js';
export { FHRPGroupAssignment, FHRP_INTERFACE_TYPES } from '../models/fhrp-group-assignment.js';
export { ServiceTemplate } from '../models/service-template.js';
export { Service } from '../models/service.js';
export { portList, SERVICE_PORT_MIN, SERVICE_PORT_MAX } from '../models/service-base.js';
export { FHRPGroupAuthTypeChoices, FHRPGroupProtocolChoices, ServiceProtocolChoices } from '../choices/services.js';
