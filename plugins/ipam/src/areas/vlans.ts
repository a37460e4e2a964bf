/** The vlans area of IPAM (see area.ts). Filled in by its owner. */
import type { IpamArea } from './area.js';

export const vlans: IpamArea = { models: [], resources: [], migrations: {} };
