/** Fixtures of the devices area's tests, made over the API: sites, a rack, device types, roles, devices. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '../../src/index.js';

export { make };

export const dcimApp = { plugins: [tenancyPlugin, dcimPlugin] };

export const API = '/api/dcim';
export const DEVICES = `${API}/devices/`;
export const MODULES = `${API}/modules/`;
export const CHASSIS = `${API}/virtual-chassis/`;
export const VDCS = `${API}/virtual-device-contexts/`;

export interface Catalog {
  tenant: number;
  region: number;
  sites: number[];
  location: number;
  rack: number;
  manufacturer: number;
  types: { u1: number; u2half: number; u0: number; parent: number; child: number };
  role: number;
  platform: number;
}

/**
 * What devices need: a tenant; three sites (site-1 in region r-1); location loc-1 and rack R1
 * (42U) in site-1; manufacturer Acme with a 1U full-depth type, a 2U half-depth type, a 0U type,
 * a parent type and a child type; a role; a platform.
 */
export async function catalog(app: TestApp): Promise<Catalog> {
  const api = app.api;
  const tenant = (await make(api, '/api/tenancy/tenants/', { name: 'Tenant 1', slug: 'tenant-1' })).id;
  const region = (await make(api, `${API}/regions/`, { name: 'Region 1', slug: 'r-1' })).id;
  const sites: number[] = [];
  for (const i of [1, 2, 3])
    sites.push((await make(api, `${API}/sites/`, { name: `Site ${i}`, slug: `site-${i}`, status: 'active', ...(i === 1 ? { region } : {}) })).id);
  const location = (await make(api, `${API}/locations/`, { name: 'Loc 1', slug: 'loc-1', site: sites[0], status: 'active' })).id;
  const rack = (await make(api, `${API}/racks/`, { name: 'R1', site: sites[0], location, status: 'active', u_height: 42 })).id;
  const manufacturer = (await make(api, `${API}/manufacturers/`, { name: 'Acme', slug: 'acme' })).id;
  const type = async (model: string, extra: Record<string, unknown>) =>
    (await make(api, `${API}/device-types/`, { manufacturer, model, slug: model.toLowerCase(), ...extra })).id as number;
  const types = {
    u1: await type('S1', { u_height: 1, is_full_depth: true }),
    u2half: await type('S2H', { u_height: 2, is_full_depth: false }),
    u0: await type('PDU0', { u_height: 0, is_full_depth: false }),
    parent: await type('Chassis', { u_height: 4, is_full_depth: true, subdevice_role: 'parent' }),
    child: await type('Blade', { u_height: 0, is_full_depth: false, subdevice_role: 'child' }),
  };
  const role = (await make(api, `${API}/device-roles/`, { name: 'Switch', slug: 'switch', color: '00ff00' })).id;
  const platform = (await make(api, `${API}/platforms/`, { name: 'IOS', slug: 'ios' })).id;
  return { tenant, region, sites, location, rack, manufacturer, types, role, platform };
}

export interface DeviceFixtures extends Catalog {
  chassis: number;
  devices: number[];
}

/**
 * Three devices: dev-1 (site-1, rack R1 U1 front, 1U, tenant, platform IOS, serial SN1, asset tag
 * AT1, member 1 of virtual chassis vc-1 — every relation filled, for the query budget),
 * dev-2 (site-2, 2U half-depth, planned, serial SN2), dev-3 (site-3, platform IOS, "core switch").
 */
export async function deviceFixtures(app: TestApp): Promise<DeviceFixtures> {
  const c = await catalog(app);
  const base = { role: c.role, status: 'active' };
  const chassis = (await make(app.api, CHASSIS, { name: 'vc-1', domain: 'stack.example' })).id;
  const devices = [
    (await make(app.api, DEVICES, {
      ...base, name: 'dev-1', device_type: c.types.u1, site: c.sites[0], rack: c.rack, position: 1, face: 'front', tenant: c.tenant,
      platform: c.platform, serial: 'SN1', asset_tag: 'AT1', virtual_chassis: chassis, vc_position: 1, vc_priority: 10,
    })).id,
    (await make(app.api, DEVICES, { ...base, name: 'dev-2', device_type: c.types.u2half, site: c.sites[1], status: 'planned', serial: 'SN2' })).id,
    (await make(app.api, DEVICES, { ...base, name: 'dev-3', device_type: c.types.u1, site: c.sites[2], platform: c.platform, description: 'core switch' })).id,
  ];
  return { ...c, chassis, devices };
}
