/** Fixtures of the components area's tests, made over the API: a site or two, types, a role, three devices. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '../../src/index.js';

export { make };

export const dcimApp = { plugins: [tenancyPlugin, dcimPlugin] };

export const API = '/api/dcim';
export const path = (slug: string) => `${API}/${slug}/`;

export interface Base {
  sites: number[];
  manufacturer: number;
  manufacturer2: number;
  role: number;
  types: { plain: number; parent: number; child: number };
  moduleType: number;
  /** dev-1 and dev-2 at site-1, dev-3 at site-2; dev-1 and dev-3 of the parent type. */
  devices: number[];
}

/**
 * Two sites; manufacturers Acme and Bolt; device types Plain (1U), Chassis (parent) and Blade
 * (child, 0U); a module type; a role; devices dev-1 (Chassis, site-1), dev-2 (Plain, site-1) and
 * dev-3 (Chassis, site-2). The types have no templates, so the devices start without components.
 */
export async function base(app: TestApp): Promise<Base> {
  const api = app.api;
  const sites: number[] = [];
  for (const i of [1, 2]) sites.push((await make(api, path('sites'), { name: `Site ${i}`, slug: `site-${i}`, status: 'active' })).id);
  const manufacturer = (await make(api, path('manufacturers'), { name: 'Acme', slug: 'acme' })).id;
  const manufacturer2 = (await make(api, path('manufacturers'), { name: 'Bolt', slug: 'bolt' })).id;
  const type = async (model: string, extra: Record<string, unknown> = {}) =>
    (await make(api, path('device-types'), { manufacturer, model, slug: model.toLowerCase(), ...extra })).id as number;
  const types = {
    plain: await type('Plain', { u_height: 1 }),
    parent: await type('Chassis', { u_height: 4, subdevice_role: 'parent' }),
    child: await type('Blade', { u_height: 0, subdevice_role: 'child' }),
  };
  const moduleType = (await make(api, path('module-types'), { manufacturer, model: 'LC-8' })).id;
  const role = (await make(api, path('device-roles'), { name: 'Switch', slug: 'switch', color: '00ff00' })).id;
  const dev = async (name: string, device_type: number, site: number) =>
    (await make(api, path('devices'), { name, device_type, site, role, status: 'active' })).id as number;
  const devices = [await dev('dev-1', types.parent, sites[0]!), await dev('dev-2', types.plain, sites[0]!), await dev('dev-3', types.parent, sites[1]!)];
  return { sites, manufacturer, manufacturer2, role, types, moduleType, devices };
}

/** Creates one component per body at the endpoint, returning their ids. */
export async function makeAll(app: TestApp, slug: string, bodies: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  for (const body of bodies) ids.push((await make(app.api, path(slug), body)).id);
  return ids;
}
