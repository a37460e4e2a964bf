/** Fixtures of the device-types area's tests: manufacturers, platforms, roles, device and module types, templates — made over the API. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '../../src/index.js';

export { make };

export const dcimApp = { plugins: [tenancyPlugin, dcimPlugin] };

export const P = {
  manufacturers: '/api/dcim/manufacturers/',
  platforms: '/api/dcim/platforms/',
  deviceRoles: '/api/dcim/device-roles/',
  inventoryItemRoles: '/api/dcim/inventory-item-roles/',
  deviceTypes: '/api/dcim/device-types/',
  moduleTypes: '/api/dcim/module-types/',
  consolePortTemplates: '/api/dcim/console-port-templates/',
  consoleServerPortTemplates: '/api/dcim/console-server-port-templates/',
  powerPortTemplates: '/api/dcim/power-port-templates/',
  powerOutletTemplates: '/api/dcim/power-outlet-templates/',
  interfaceTemplates: '/api/dcim/interface-templates/',
  frontPortTemplates: '/api/dcim/front-port-templates/',
  rearPortTemplates: '/api/dcim/rear-port-templates/',
  moduleBayTemplates: '/api/dcim/module-bay-templates/',
  deviceBayTemplates: '/api/dcim/device-bay-templates/',
  inventoryItemTemplates: '/api/dcim/inventory-item-templates/',
} as const;

/** The brief form of every component template. */
export const TEMPLATE_BRIEF = ['id', 'url', 'display', 'name', 'description'];

export interface TypeFixtures {
  /** Juniper, Cisco, Arista (slugs juniper, cisco, arista). */
  manufacturers: number[];
  /**
   * [0] Juniper MX-Chassis (parent, 2U, airflow front-to-rear, 12.5 kg), [1] Cisco Catalyst 9400
   * (parent, 1U, half depth), [2] Arista 7050 (no role, 1U, excluded from utilization).
   */
  deviceTypes: number[];
  /** Juniper MIC-20GE, Cisco NM-8X, Arista PSU-500 (airflow passive). */
  moduleTypes: number[];
}

/** Juniper ('routers'), Cisco ('switches'), Arista (no description) — nothing depends on them. */
export async function manufacturerFixtures(app: TestApp): Promise<{ manufacturers: number[] }> {
  const manufacturers: number[] = [];
  for (const [name, description] of [['Juniper', 'routers'], ['Cisco', 'switches'], ['Arista', '']])
    manufacturers.push((await make(app.api, P.manufacturers, { name, slug: name!.toLowerCase(), description })).id);
  return { manufacturers };
}

/** Three manufacturers, each with one device type and one module type. */
export async function typeFixtures(app: TestApp): Promise<TypeFixtures> {
  const api = app.api;
  const { manufacturers } = await manufacturerFixtures(app);
  const deviceTypes = [
    (await make(api, P.deviceTypes, {
      manufacturer: manufacturers[0], model: 'MX-Chassis', slug: 'mx-chassis', part_number: 'MX-CHAS-BB', u_height: 2,
      subdevice_role: 'parent', airflow: 'front-to-rear', weight: 12.5, weight_unit: 'kg', description: 'router chassis',
    })).id,
    (await make(api, P.deviceTypes, {
      manufacturer: manufacturers[1], model: 'Catalyst 9400', slug: 'c9400', u_height: 1, subdevice_role: 'parent', is_full_depth: false,
    })).id,
    (await make(api, P.deviceTypes, {
      manufacturer: manufacturers[2], model: 'Arista 7050', slug: 'dcs-7050', part_number: 'DCS-7050SX', exclude_from_utilization: true,
    })).id,
  ];
  const moduleTypes = [
    (await make(api, P.moduleTypes, { manufacturer: manufacturers[0], model: 'MIC-20GE', part_number: 'MIC-3D-20GE-SFP' })).id,
    (await make(api, P.moduleTypes, { manufacturer: manufacturers[1], model: 'NM-8X', weight: 0.5, weight_unit: 'kg' })).id,
    (await make(api, P.moduleTypes, { manufacturer: manufacturers[2], model: 'PSU-500', airflow: 'passive', description: 'power supply' })).id,
  ];
  return { manufacturers, deviceTypes, moduleTypes };
}

export interface TemplateFixtures extends TypeFixtures {
  /** The three templates made by the resource's own setup, in order. */
  templates: number[];
}

/**
 * The type fixtures plus three templates of one kind: `bodies` gets the type fixtures and returns
 * three bodies (typically one on each of two device types and one on a module type).
 */
export function withTemplates(path: string, bodies: (fx: TypeFixtures) => Record<string, unknown>[]) {
  return async (app: TestApp): Promise<TemplateFixtures> => {
    const fx = await typeFixtures(app);
    const templates: number[] = [];
    for (const body of bodies(fx)) templates.push((await make(app.api, path, body)).id);
    return { ...fx, templates };
  };
}
