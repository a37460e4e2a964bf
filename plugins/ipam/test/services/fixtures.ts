/** Fixtures of the services area's tests: devices with interfaces and IP addresses, made over the API. */
import type { TestApp } from '@patchbay/core/testing';
import { make } from '../numbering/fixtures.js';

export { ipamApp, make } from '../numbering/fixtures.js';

export const P = {
  fhrpGroups: '/api/ipam/fhrp-groups/',
  fhrpAssignments: '/api/ipam/fhrp-group-assignments/',
  serviceTemplates: '/api/ipam/service-templates/',
  services: '/api/ipam/services/',
  ipAddresses: '/api/ipam/ip-addresses/',
  devices: '/api/dcim/devices/',
  interfaces: '/api/dcim/interfaces/',
} as const;

export interface Devices {
  /** dev-1, dev-2, dev-3 (names), each at site-1. */
  devices: number[];
  /** Two interfaces per device: [dev-1 eth0, dev-1 eth1, dev-2 eth0, dev-2 eth1, dev-3 eth0, dev-3 eth1]. */
  interfaces: number[];
}

/** One site, role and type, and three devices with two interfaces each. */
export async function deviceFixtures(app: TestApp): Promise<Devices> {
  const api = app.api;
  const site = (await make(api, '/api/dcim/sites/', { name: 'Site 1', slug: 'site-1' })).id;
  const manufacturer = (await make(api, '/api/dcim/manufacturers/', { name: 'Acme', slug: 'acme' })).id;
  const device_type = (await make(api, '/api/dcim/device-types/', { manufacturer, model: 'R1', slug: 'r1' })).id;
  const role = (await make(api, '/api/dcim/device-roles/', { name: 'Router', slug: 'router' })).id;
  const devices: number[] = [];
  const interfaces: number[] = [];
  for (const name of ['dev-1', 'dev-2', 'dev-3']) {
    const device = (await make(api, P.devices, { name, site, role, device_type })).id;
    devices.push(device);
    for (const iface of ['eth0', 'eth1']) interfaces.push((await make(api, P.interfaces, { device, name: iface, type: '1000base-t' })).id);
  }
  return { devices, interfaces };
}

/** An IP address assigned to an object (an interface by default). */
export async function ipOn(app: TestApp, address: string, id: number | null, type = 'dcim.interface'): Promise<number> {
  const body = id === null ? { address } : { address, assigned_object_type: type, assigned_object_id: id };
  return (await make(app.api, P.ipAddresses, body)).id;
}
