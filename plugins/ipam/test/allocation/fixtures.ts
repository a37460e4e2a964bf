/**
 * Fixtures of the allocation tests, made over the API: two VRFs, and a device with interfaces
 * (for primary IPs). Plain ids only.
 */
import type { TestApp } from '@patchbay/core/testing';
import { DEVICES, INTERFACES, VRFS, make } from '../fixtures.js';

export { IPAM, PREFIXES, IP_RANGES, IP_ADDRESSES, VRFS, DEVICES, INTERFACES, ipamApp, make } from '../fixtures.js';

export interface AllocationWorld {
  vrfs: number[];
  site: number;
  deviceType: number;
  deviceRole: number;
}

/** Two VRFs ("Blue", "Red"), a site, a device type and a device role. */
export async function allocationWorld(app: TestApp): Promise<AllocationWorld> {
  const api = app.api;
  const vrfs = [(await make(api, VRFS, { name: 'Blue' })).id, (await make(api, VRFS, { name: 'Red' })).id];
  const site = (await make(api, '/api/dcim/sites/', { name: 'Site A', slug: 'site-a' })).id;
  const manufacturer = (await make(api, '/api/dcim/manufacturers/', { name: 'Maker', slug: 'maker' })).id;
  const deviceType = (await make(api, '/api/dcim/device-types/', { manufacturer, model: 'Box', slug: 'box' })).id;
  const deviceRole = (await make(api, '/api/dcim/device-roles/', { name: 'Router', slug: 'router', color: 'ff0000' })).id;
  return { vrfs, site, deviceType, deviceRole };
}

/** A device with interfaces eth0…eth(n-1); returns the ids. */
export async function deviceWithInterfaces(
  app: TestApp, w: AllocationWorld, name: string, n = 2, extra: Record<string, unknown> = {},
): Promise<{ device: number; interfaces: number[] }> {
  const device = (await make(app.api, DEVICES, { name, device_type: w.deviceType, role: w.deviceRole, site: w.site, ...extra })).id;
  const interfaces: number[] = [];
  for (let i = 0; i < n; i++) interfaces.push((await make(app.api, INTERFACES, { device, name: `eth${i}`, type: '1000base-t' })).id);
  return { device, interfaces };
}
