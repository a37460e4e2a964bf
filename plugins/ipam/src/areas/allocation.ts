/**
 * The allocation area of IPAM (see area.ts): the available-prefixes and available-ips endpoints,
 * primary / out-of-band IPs of devices and virtual device contexts (fields, filters and rules on
 * dcim's models), the prefix
 * utilisation widget, and the indexes and the per-block usage summary the allocation queries walk.
 */
import type { IpamArea } from './area.js';
import { availableIpRoutes } from '../routes/available-ips.js';
import { availablePrefixesGet, availablePrefixesPost } from '../routes/available-prefixes.js';
import { devicePrimaryIpFields, primaryIpFilters, registerPrimaryIpRules, vdcPrimaryIpFields } from '../services/primary-ips.js';
import { prefixUtilizationWidget } from '../widgets/prefix-utilization.js';
import { createAllocationIndexes } from '../migrations/20260303000500_create_allocation_indexes.js';
import { addDevicePrimaryIps } from '../migrations/20260303000600_device_primary_ips.js';
import { createIpBlockUsage } from '../migrations/20260303000700_ip_block_usage.js';

export const allocation: IpamArea = {
  models: [],
  resources: [],
  routes: [availablePrefixesGet, availablePrefixesPost, ...availableIpRoutes],
  widgets: [prefixUtilizationWidget],
  migrations: {
    '20260303000500_create_allocation_indexes': createAllocationIndexes,
    '20260303000600_device_primary_ips': addDevicePrimaryIps,
    '20260303000700_ip_block_usage': createIpBlockUsage,
  },
  serializerFields: [...devicePrimaryIpFields, ...vdcPrimaryIpFields],
  filters: primaryIpFilters,
  setup: registerPrimaryIpRules,
};
