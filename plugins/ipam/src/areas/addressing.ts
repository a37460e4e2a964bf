/** The addressing area of IPAM (see area.ts). Filled in by its owner. */
import type { IpamArea } from './area.js';

export const addressing: IpamArea = { models: [], resources: [], migrations: {} };
