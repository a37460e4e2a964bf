/** Fixtures of the racks area's tests: sites, locations, manufacturers, tenants and users to hang racks on — made over the API. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '../../src/index.js';

export { make };

export const ROLES = '/api/dcim/rack-roles/';
export const TYPES = '/api/dcim/rack-types/';
export const RACKS = '/api/dcim/racks/';
export const RESERVATIONS = '/api/dcim/rack-reservations/';
export const SITES = '/api/dcim/sites/';
export const LOCATIONS = '/api/dcim/locations/';
export const MANUFACTURERS = '/api/dcim/manufacturers/';
export const TENANTS = '/api/tenancy/tenants/';
export const USERS = '/api/users/users/';

export const racksApp = { plugins: [tenancyPlugin, dcimPlugin] };

export interface Places {
  sites: number[];
  /** locations[i] is in sites[i]. */
  locations: number[];
  manufacturers: number[];
  tenants: number[];
  users: number[];
}

/** Three sites with one location each (site 1 in a region, site 2 in a site group), three manufacturers, tenants and users. */
export async function places(app: TestApp): Promise<Places> {
  const out: Places = { sites: [], locations: [], manufacturers: [], tenants: [], users: [] };
  // Site 1 sits in a child region of region-1, site 2 in site group group-1.
  const region = await make(app.api, '/api/dcim/regions/', { name: 'Region 1', slug: 'region-1' });
  const child = await make(app.api, '/api/dcim/regions/', { name: 'Region 1a', slug: 'region-1a', parent: region.id });
  const group = await make(app.api, '/api/dcim/site-groups/', { name: 'Group 1', slug: 'group-1' });
  const scope = [{ region: child.id }, { group: group.id }, {}];
  for (const i of [1, 2, 3]) {
    const site = await make(app.api, SITES, { name: `Site ${i}`, slug: `site-${i}`, ...scope[i - 1] });
    out.sites.push(site.id);
    out.locations.push((await make(app.api, LOCATIONS, { name: `Location ${i}`, slug: `location-${i}`, site: site.id })).id);
    out.manufacturers.push((await make(app.api, MANUFACTURERS, { name: `Manufacturer ${i}`, slug: `manufacturer-${i}` })).id);
    out.tenants.push((await make(app.api, TENANTS, { name: `Tenant ${i}`, slug: `tenant-${i}` })).id);
    out.users.push((await make(app.api, USERS, { username: `rack-user-${i}`, password: 'Secret-password-1' })).id);
  }
  return out;
}
